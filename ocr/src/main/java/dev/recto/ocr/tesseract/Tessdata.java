package dev.recto.ocr.tesseract;

import dev.recto.core.error.ModelLoadException;
import dev.recto.core.models.Sha256Pins;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A private directory of Tesseract language files ({@code <lang>.traineddata}) for one engine.
 *
 * <p>English comes from the class path: the {@code tessdata/eng.traineddata} that the tess4j jar
 * bundles (the same file as Debian's {@code tesseract-ocr-eng} 5.x), checked against a SHA-256
 * pinned here before use. Other languages are copied from a tessdata directory on disk (Debian:
 * {@code apt-get install tesseract-ocr-deu} puts {@code deu.traineddata} in {@code
 * /usr/share/tesseract-ocr/5/tessdata}). Copying makes the files the engine reads stable for its
 * lifetime. Every file is checked against the pinned SHA-256 of its name ({@link TesseractPins})
 * after it is copied, so the bytes Tesseract reads are the bytes that were checked; a language
 * without a pin, or with other bytes, is refused.
 *
 * <p>Owned by the engine that prepared it, which {@linkplain #close closes} it: that deletes the
 * directory. Immutable; {@link #dir()} is safe to read from any thread.
 */
final class Tessdata implements AutoCloseable {

  /** Class-path resource of the bundled English model (tess4j 5.13.0, tessdata_fast). */
  static final String ENG_RESOURCE = "tessdata/eng.traineddata";

  private final Path dir;

  private Tessdata(Path dir) {
    this.dir = dir;
  }

  /**
   * Prepares a directory holding every language in {@code languages}.
   *
   * @param languages Tesseract language codes, e.g. {@code [deu, eng]}
   * @param tessdataPath where languages other than English are read from
   * @param pins allowed digests by file name
   * @throws ModelLoadException when a language file is missing, or its SHA-256 is not pinned
   */
  static Tessdata prepare(List<String> languages, Path tessdataPath, Sha256Pins pins) {
    Path dir;
    try {
      dir = Files.createTempDirectory("recto-tessdata-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary tessdata directory", e);
    }
    Tessdata data = new Tessdata(dir);
    try {
      for (String lang : languages) {
        Path target = dir.resolve(lang + ".traineddata");
        if (lang.equals("eng")) {
          extractEnglish(target);
        } else {
          copyLanguage(lang, tessdataPath, target);
        }
        verify(target, pins);
      }
      return data;
    } catch (RuntimeException e) {
      data.close();
      throw e;
    }
  }

  private static void extractEnglish(Path target) {
    ClassLoader loader = Tessdata.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(ENG_RESOURCE)) {
      if (in == null) {
        throw new ModelLoadException(
            ENG_RESOURCE
                + " is not on the class path; add net.sourceforge.tess4j:tess4j (which bundles it)"
                + " or set a tessdata path and a language installed there",
            null);
      }
      Files.copy(in, target);
    } catch (IOException e) {
      throw new ModelLoadException("cannot extract " + ENG_RESOURCE + ": " + e, e);
    }
  }

  /** Refuses {@code file} unless its digest is pinned for its name; deletes it then. */
  static void verify(Path file, Sha256Pins pins) {
    String name = file.getFileName().toString();
    String actual;
    try {
      actual = Sha256Pins.sha256(file);
    } catch (IOException e) {
      throw new ModelLoadException("cannot read " + file + ": " + e, e);
    }
    if (pins.check(name, actual)) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // the directory is deleted with the engine's failed start
    }
    throw new ModelLoadException(
        "Tesseract language file "
            + name
            + " has SHA-256 "
            + actual
            + (pins.allowed(name).isEmpty()
                ? ", and Recto has no pin for this file"
                : ", but " + pins.allowed(name) + " is pinned")
            + "; if you trust it, allow it with TesseractOptions.withPins(Sha256Pins.parse(\""
            + actual
            + "  "
            + name
            + "\"))",
        null);
  }

  private static void copyLanguage(String lang, Path tessdataPath, Path target) {
    Path source = tessdataPath.resolve(lang + ".traineddata");
    if (!Files.isRegularFile(source)) {
      throw new ModelLoadException(
          "Tesseract language '"
              + lang
              + "' not found: no "
              + source
              + "; install it ('apt-get install tesseract-ocr-"
              + lang.toLowerCase(java.util.Locale.ROOT).replace('_', '-')
              + "' on Debian/Ubuntu, 'brew install tesseract-lang' on macOS)"
              + " or set TesseractOptions.tessdataPath to a directory holding it",
          null);
    }
    try {
      Files.copy(source, target);
    } catch (IOException e) {
      throw new ModelLoadException("cannot copy " + source + ": " + e, e);
    }
  }

  /** The directory to pass to Tesseract as its data path. */
  Path dir() {
    return dir;
  }

  /** Deletes the directory and its files; idempotent. */
  @Override
  public void close() {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
