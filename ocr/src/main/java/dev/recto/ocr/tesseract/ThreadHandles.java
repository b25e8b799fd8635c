package dev.recto.ocr.tesseract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One {@link TessHandle} per thread: a thread gets its own handle on its first page and reuses it
 * for later pages, so a handle is never used by two threads. A handle is deleted and recreated
 * after {@code recycleAfterPages} pages, and after a recognition that threw (its state is then
 * unknown). Handles of threads that have died are deleted at the next call from any thread. {@link
 * #close} deletes all handles, after waiting for recognitions in progress.
 *
 * <p>Thread-safe. Owns its handles.
 */
final class ThreadHandles implements AutoCloseable {

  private final Supplier<TessHandle> factory;
  private final int recycleAfterPages;
  private final Map<Thread, TessHandle> handles = new ConcurrentHashMap<>();
  // Read: a recognition using a handle. Write: close, which deletes handles.
  private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private final AtomicInteger created = new AtomicInteger();
  private final AtomicInteger released = new AtomicInteger();
  private volatile boolean closed;

  ThreadHandles(Supplier<TessHandle> factory, int recycleAfterPages) {
    this.factory = factory;
    this.recycleAfterPages = recycleAfterPages;
  }

  /**
   * Runs {@code work} with the calling thread's handle, creating it when needed.
   *
   * @throws IllegalStateException when closed
   */
  <T> T withHandle(Function<TessHandle, T> work) {
    lifecycle.readLock().lock();
    try {
      if (closed) {
        throw new IllegalStateException("the Tesseract engine is closed");
      }
      releaseDeadThreads();
      Thread me = Thread.currentThread();
      TessHandle handle = handles.get(me);
      if (handle == null) {
        handle = factory.get();
        created.incrementAndGet();
        handles.put(me, handle);
      }
      boolean ok = false;
      try {
        T result = work.apply(handle);
        ok = true;
        return result;
      } finally {
        if (!ok || handle.pages() >= recycleAfterPages) {
          handles.remove(me);
          release(handle);
        }
      }
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  private void releaseDeadThreads() {
    for (Map.Entry<Thread, TessHandle> e : handles.entrySet()) {
      // A dead thread cannot be using its handle; remove() decides which caller deletes it.
      if (!e.getKey().isAlive() && handles.remove(e.getKey(), e.getValue())) {
        release(e.getValue());
      }
    }
  }

  private void release(TessHandle handle) {
    handle.close();
    released.incrementAndGet();
  }

  /** Handles created so far. */
  int created() {
    return created.get();
  }

  /** Handles deleted so far. */
  int released() {
    return released.get();
  }

  /** Handles alive now. */
  int live() {
    return handles.size();
  }

  /** Deletes all handles once no recognition is in progress; idempotent. */
  @Override
  public void close() {
    lifecycle.writeLock().lock();
    try {
      closed = true;
      for (Thread t : handles.keySet()) {
        TessHandle h = handles.remove(t);
        if (h != null) {
          release(h);
        }
      }
    } finally {
      lifecycle.writeLock().unlock();
    }
  }
}
