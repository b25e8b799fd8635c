package dev.recto.ocr.tesseract;

import dev.recto.core.models.Sha256Pins;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a {@link TesseractEngine} reads pages.
 *
 * <p>Immutable and thread-safe; derive variants with the {@code with...} methods.
 *
 * <pre>{@code
 * TesseractOptions german = TesseractOptions.defaults().withLanguages("deu+eng");
 * }</pre>
 *
 * @param languages Tesseract language codes joined by {@code +}, e.g. {@code eng} or {@code
 *     deu+eng}; English comes bundled, the others from {@code tessdataPath}
 * @param tessdataPath directory holding {@code <lang>.traineddata} for languages other than
 *     English; Debian/Ubuntu's {@code /usr/share/tesseract-ocr/5/tessdata} by default
 * @param pageSegMode Tesseract's page segmentation mode, 3 (fully automatic, the default) to 13;
 *     modes 0 to 2 need orientation data or are not implemented
 * @param recycleAfterPages a thread's native handle is deleted and recreated after this many pages,
 *     which bounds the memory a long-lived handle accumulates; at least 1
 * @param pins SHA-256 digests allowed besides Recto's own ({@code tesseract.sha256} in this
 *     package: Debian's eng, deu, fra, spa and osd language files and Debian bookworm's
 *     libtesseract 5.3.0), by file name: {@code <lang>.traineddata} for a language file, the real
 *     file name of the native library (after symbolic links, e.g. {@code libtesseract.so.5.0.3})
 */
public record TesseractOptions(
    String languages, Path tessdataPath, int pageSegMode, int recycleAfterPages, Sha256Pins pins) {

  /** Debian/Ubuntu's tessdata directory for Tesseract 5. */
  public static final Path DEBIAN_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");

  private static final Pattern LANGUAGES = Pattern.compile("[A-Za-z0-9_]+(\\+[A-Za-z0-9_]+)*");

  public TesseractOptions {
    Objects.requireNonNull(languages, "languages");
    if (!LANGUAGES.matcher(languages).matches()) {
      throw new IllegalArgumentException(
          "languages must be Tesseract codes joined by '+', e.g. 'deu+eng', was '"
              + languages
              + "'");
    }
    Objects.requireNonNull(tessdataPath, "tessdataPath");
    if (pageSegMode < 3 || pageSegMode > 13) {
      throw new IllegalArgumentException("pageSegMode must be in 3..13, was " + pageSegMode);
    }
    if (recycleAfterPages < 1) {
      throw new IllegalArgumentException(
          "recycleAfterPages must be >= 1, was " + recycleAfterPages);
    }
    Objects.requireNonNull(pins, "pins");
  }

  /**
   * English, Debian's tessdata path, automatic page segmentation (3), recycle after 200 pages, no
   * pins besides Recto's own.
   */
  public static TesseractOptions defaults() {
    return new TesseractOptions("eng", DEBIAN_TESSDATA, 3, 200, Sha256Pins.none());
  }

  /** The language codes, in order, without duplicates. */
  public List<String> languageList() {
    return Arrays.stream(languages.split("\\+")).distinct().toList();
  }

  public TesseractOptions withLanguages(String value) {
    return new TesseractOptions(value, tessdataPath, pageSegMode, recycleAfterPages, pins);
  }

  public TesseractOptions withTessdataPath(Path value) {
    return new TesseractOptions(languages, value, pageSegMode, recycleAfterPages, pins);
  }

  public TesseractOptions withPageSegMode(int value) {
    return new TesseractOptions(languages, tessdataPath, value, recycleAfterPages, pins);
  }

  public TesseractOptions withRecycleAfterPages(int value) {
    return new TesseractOptions(languages, tessdataPath, pageSegMode, value, pins);
  }

  /**
   * Also allows the digests in {@code extra}, e.g. for a language file Recto does not pin or
   * another build of libtesseract: {@code Sha256Pins.parse("<sha256> ita.traineddata")}, or the
   * output of {@code sha256sum} run in the tessdata directory.
   */
  public TesseractOptions withPins(Sha256Pins extra) {
    return new TesseractOptions(
        languages, tessdataPath, pageSegMode, recycleAfterPages, pins.plus(extra));
  }
}
