package dev.recto.core.isolate;

import dev.recto.core.error.ErrorCode;
import dev.recto.core.error.LimitExceededException;
import dev.recto.core.isolate.internal.DocumentRequest;
import dev.recto.core.isolate.internal.WorkerSlot;
import dev.recto.core.process.Diagnostic;
import dev.recto.core.process.DocumentProcessing;
import dev.recto.core.process.Limits;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.process.Stage;
import dev.recto.core.source.DocumentSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Processes documents in worker JVMs, for hosts that want isolation: a document that crashes the
 * JVM (a native fault, {@code OutOfMemoryError}, {@code System.exit}) or ignores its deadline costs
 * one worker process, never the host. Same contract as {@link
 * dev.recto.core.process.DocumentProcessor}: one {@link ProcessingResult} per document, never an
 * exception for anything about the document.
 *
 * <p><b>How.</b> {@code workers} JVMs each run a {@code DocumentProcessor} built from the same
 * settings (limits, OCR mode, engines by id, an optional {@link WorkerCustomizer}); a caller
 * borrows an idle worker, sends it the document (a file's path, or the bytes) over the worker's
 * stdin and reads the lossless result back from its stdout. A worker is replaced after {@code
 * restartEvery} documents, after a crash (the document gets a FAILURE with {@code STAGE_FAILED} and
 * "worker crashed: exit N"), and when it has not answered by the deadline plus a grace (it is
 * killed; the document gets a FAILURE with {@code DEADLINE_EXCEEDED}). Replacements start in the
 * background. Workers' stderr goes to the logger {@code dev.recto.core.isolate.worker}.
 *
 * <p><b>Costs.</b> Each worker is a JVM with its own heap and engines, and starting one takes about
 * a second (more with OCR models); results are copied between processes. See docs/reliability.md
 * for measured figures.
 *
 * <p><b>Thread-safety and lifetime.</b> Thread-safe: callers share the pool, and at most {@code
 * workers} documents run at once (others wait for a worker). {@link #close()} ends the workers; a
 * document still running then fails. Calling {@link #process} after {@link #close()} throws {@link
 * IllegalStateException}.
 *
 * <pre>{@code
 * try (IsolatedProcessor processor = IsolatedProcessor.builder()
 *         .limits(Limits.defaults().withDeadline(Duration.ofSeconds(30)))
 *         .workers(4)
 *         .restartEvery(500)
 *         .jvm(JvmCommand.defaults().withMaxHeap("1g"))
 *         .build()) {
 *   ProcessingResult result = processor.process(DocumentSource.of(Path.of("invoice.pdf")));
 * }
 * }</pre>
 */
public final class IsolatedProcessor implements DocumentProcessing {

  private final Limits limits;
  private final List<WorkerSlot> slots;
  private final BlockingQueue<WorkerSlot> idle;
  private volatile boolean closed;

  IsolatedProcessor(Limits limits, List<WorkerSlot> slots) {
    this.limits = limits;
    this.slots = List.copyOf(slots);
    this.idle = new ArrayBlockingQueue<>(slots.size(), true, slots);
  }

  /** A builder with default limits, OCR mode AUTO, one worker per core, restarts every 1,000. */
  public static IsolatedProcessorBuilder builder() {
    return new IsolatedProcessorBuilder();
  }

  public Limits limits() {
    return limits;
  }

  /** Number of worker JVMs, the most documents processed at once. */
  public int workers() {
    return slots.size();
  }

  @Override
  public ProcessingResult process(DocumentSource source) {
    if (closed) {
      throw new IllegalStateException("the processor is closed");
    }
    DocumentRequest request;
    try {
      request = request(source);
    } catch (IOException e) {
      return failure(
          source.name(), ErrorCode.SOURCE_UNREADABLE, "cannot read " + source.name() + ": " + e);
    } catch (LimitExceededException e) {
      return failure(source.name(), e.code(), e.getMessage());
    }
    WorkerSlot slot;
    try {
      slot = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failure(
          source.name(), ErrorCode.STAGE_FAILED, "interrupted while waiting for a worker");
    }
    try {
      if (closed) {
        throw new IllegalStateException("the processor is closed");
      }
      return slot.process(request);
    } finally {
      idle.add(slot);
    }
  }

  /**
   * A file goes by path (the worker checks its size); bytes as they are and a stream read here,
   * both refused here when over the input limit, as the in-process processor would.
   */
  private DocumentRequest request(DocumentSource source) throws IOException {
    if (source instanceof DocumentSource.PathSource p) {
      return DocumentRequest.ofFile(p.path(), source.name());
    }
    long max = limits.maxInputBytes();
    if (source instanceof DocumentSource.BytesSource b) {
      if (b.bytes().length > max) {
        throw new LimitExceededException("maxInputBytes", b.bytes().length, max);
      }
      return DocumentRequest.ofBytes(b.bytes(), b.name());
    }
    DocumentSource.StreamSource s = (DocumentSource.StreamSource) source;
    InputStream in = s.stream();
    byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 1024));
    if (bytes.length > max) {
      throw new LimitExceededException("maxInputBytes", bytes.length, max);
    }
    return DocumentRequest.ofBytes(bytes, s.name());
  }

  private static ProcessingResult failure(String name, ErrorCode code, String message) {
    return ProcessingResult.failed(
        name, List.of(Diagnostic.error(Stage.INGEST, -1, code, message)));
  }

  /**
   * Ends the workers (each gets the grace to finish); the pool's threads end when idle. Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (WorkerSlot slot : slots) {
      slot.close();
    }
  }
}
