package dev.recto.ocr.tesseract;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/**
 * The few functions of Tesseract's C API ({@code tesseract/capi.h}) that Recto calls, bound with
 * JNA. Pointers are opaque native handles; {@code BOOL} results are {@code int}s (non-zero true).
 *
 * <p>The binding itself is thread-safe; a {@code TessBaseAPI*} handle is not and must be used by
 * one thread at a time (see {@link ThreadHandles}). Text returned by {@code GetUTF8Text} is owned
 * by the caller and freed with {@link #TessDeleteText}.
 */
interface TesseractApi extends Library {

  /** Page iterator level of a word ({@code RIL_WORD}). */
  int RIL_WORD = 3;

  String TessVersion();

  Pointer TessBaseAPICreate();

  void TessBaseAPIDelete(Pointer handle);

  int TessBaseAPIInit3(Pointer handle, String datapath, String language);

  void TessBaseAPISetPageSegMode(Pointer handle, int mode);

  int TessBaseAPISetVariable(Pointer handle, String name, String value);

  void TessBaseAPISetImage(
      Pointer handle, byte[] pixels, int width, int height, int bytesPerPixel, int bytesPerLine);

  void TessBaseAPISetSourceResolution(Pointer handle, int ppi);

  int TessBaseAPIRecognize(Pointer handle, Pointer monitor);

  /** A progress monitor ({@code ETEXT_DESC*}); freed with {@link #TessMonitorDelete}. */
  Pointer TessMonitorCreate();

  void TessMonitorDelete(Pointer monitor);

  /**
   * Makes recognition under {@code monitor} stop {@code deadline} milliseconds from now; Tesseract
   * checks it between words of its recognition passes (not during page layout analysis).
   */
  void TessMonitorSetDeadlineMSecs(Pointer monitor, int deadline);

  Pointer TessBaseAPIGetIterator(Pointer handle);

  void TessBaseAPIClear(Pointer handle);

  int TessResultIteratorNext(Pointer iterator, int level);

  Pointer TessResultIteratorGetUTF8Text(Pointer iterator, int level);

  float TessResultIteratorConfidence(Pointer iterator, int level);

  Pointer TessResultIteratorGetPageIteratorConst(Pointer iterator);

  int TessPageIteratorBoundingBox(
      Pointer pageIterator,
      int level,
      IntByReference left,
      IntByReference top,
      IntByReference right,
      IntByReference bottom);

  void TessResultIteratorDelete(Pointer iterator);

  void TessDeleteText(Pointer text);
}
