package dev.recto.ocr.tesseract;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import dev.recto.core.error.DeadlineExceededException;
import dev.recto.core.error.ModelLoadException;
import dev.recto.core.error.StageFailureException;
import dev.recto.core.process.Deadline;
import dev.recto.core.process.Stage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One native {@code TessBaseAPI}: initialized with its languages once, then used for page after
 * page.
 *
 * <p><b>Not thread-safe:</b> one thread at a time, which {@link ThreadHandles} guarantees. Owned by
 * {@link ThreadHandles}, which {@linkplain #close closes} it to free the native memory.
 */
final class TessHandle implements AutoCloseable {

  /**
   * A word as Tesseract reports it.
   *
   * @param text the word's characters
   * @param left left edge in pixels of the image given, inclusive
   * @param top top edge in pixels, inclusive
   * @param right right edge in pixels, exclusive
   * @param bottom bottom edge in pixels, exclusive
   * @param confidence Tesseract's confidence, nominally 0 to 100
   */
  record RawWord(String text, int left, int top, int right, int bottom, float confidence) {}

  private final TesseractApi api;
  private Pointer handle;
  private final AtomicLong stopped;
  private int pages;

  private TessHandle(TesseractApi api, Pointer handle, AtomicLong stopped) {
    this.api = api;
    this.handle = handle;
    this.stopped = stopped;
  }

  /**
   * Creates and initializes a handle.
   *
   * @param stopped counts recognitions that Tesseract's monitor stopped at their deadline; shared
   *     by the engine's handles
   * @throws ModelLoadException when Tesseract cannot load the languages from {@code datapath}
   */
  static TessHandle open(
      TesseractApi api, Path datapath, String languages, int pageSegMode, AtomicLong stopped) {
    Pointer handle = api.TessBaseAPICreate();
    if (handle == null) {
      throw new OutOfMemoryError("TessBaseAPICreate returned null");
    }
    TessHandle h = new TessHandle(api, handle, stopped);
    try {
      int rc = api.TessBaseAPIInit3(handle, datapath.toString(), languages);
      if (rc != 0) {
        throw new ModelLoadException(
            "Tesseract could not load languages '"
                + languages
                + "' from "
                + datapath
                + " (TessBaseAPIInit3 returned "
                + rc
                + ")",
            null);
      }
      api.TessBaseAPISetPageSegMode(handle, pageSegMode);
      return h;
    } catch (RuntimeException | Error e) {
      h.close();
      throw e;
    }
  }

  /** Pages recognized with this handle so far. */
  int pages() {
    return pages;
  }

  /**
   * Recognizes a gray image.
   *
   * @param image the pixels; Tesseract copies them, so the image is free again on return
   * @param dpi the image's resolution
   * @param pageIndex for error messages
   * @param deadline stops recognition when it passes (through a Tesseract monitor, and between
   *     words while they are read out), or null
   * @throws DeadlineExceededException when the deadline passed
   */
  List<RawWord> recognize(TessImage image, int dpi, int pageIndex, Deadline deadline) {
    if (handle == null) {
      throw new IllegalStateException("handle is closed");
    }
    pages++;
    int w = image.width();
    int bpp = image.bytesPerPixel();
    api.TessBaseAPISetImage(handle, image.pixels(), w, image.height(), bpp, w * bpp);
    api.TessBaseAPISetSourceResolution(handle, dpi);
    Pointer monitor = null;
    try {
      if (deadline != null) {
        deadline.check("Tesseract on page " + pageIndex);
        monitor = api.TessMonitorCreate();
        long ms = Math.max(1, deadline.remaining().toMillis());
        api.TessMonitorSetDeadlineMSecs(monitor, (int) Math.min(Integer.MAX_VALUE, ms));
      }
      int rc = api.TessBaseAPIRecognize(handle, monitor);
      if (deadline != null && deadline.isExpired()) {
        if (rc != 0) {
          stopped.incrementAndGet();
          throw deadline.exceeded("Tesseract on page " + pageIndex + " (stopped by its monitor)");
        }
        throw deadline.exceeded("Tesseract on page " + pageIndex);
      }
      if (rc != 0) {
        throw new StageFailureException(
            Stage.OCR, pageIndex, "Tesseract's Recognize returned " + rc, null);
      }
      return words(deadline, pageIndex);
    } finally {
      if (monitor != null) {
        api.TessMonitorDelete(monitor);
      }
      api.TessBaseAPIClear(handle);
    }
  }

  private List<RawWord> words(Deadline deadline, int pageIndex) {
    Pointer it = api.TessBaseAPIGetIterator(handle);
    if (it == null) {
      return List.of();
    }
    List<RawWord> out = new ArrayList<>();
    try {
      Pointer pageIt = api.TessResultIteratorGetPageIteratorConst(it);
      IntByReference l = new IntByReference();
      IntByReference t = new IntByReference();
      IntByReference r = new IntByReference();
      IntByReference b = new IntByReference();
      int level = TesseractApi.RIL_WORD;
      do {
        if (deadline != null && out.size() % 64 == 63) {
          deadline.check("reading Tesseract's words on page " + pageIndex);
        }
        Pointer textPtr = api.TessResultIteratorGetUTF8Text(it, level);
        if (textPtr == null) {
          continue;
        }
        String text;
        try {
          text = textPtr.getString(0, StandardCharsets.UTF_8.name()).strip();
        } finally {
          api.TessDeleteText(textPtr);
        }
        if (text.isEmpty() || api.TessPageIteratorBoundingBox(pageIt, level, l, t, r, b) == 0) {
          continue;
        }
        float conf = api.TessResultIteratorConfidence(it, level);
        out.add(new RawWord(text, l.getValue(), t.getValue(), r.getValue(), b.getValue(), conf));
      } while (api.TessResultIteratorNext(it, level) != 0);
    } finally {
      api.TessResultIteratorDelete(it);
    }
    return out;
  }

  /** Deletes the native handle; idempotent. */
  @Override
  public void close() {
    if (handle != null) {
      Pointer h = handle;
      handle = null;
      api.TessBaseAPIDelete(h);
    }
  }
}
