package dev.recto.ocr.tesseract;

import dev.recto.core.error.ModelLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
 * lifetime.
 *
 * <p>Owned by the engine that prepared it, which {@linkplain #close closes} it: that deletes the
 * directory. Immutable; {@link #dir()} is safe to read from any thread.
 */
final class Tessdata implements AutoCloseable {

  /** Class-path resource of the bundled English model (tess4j 5.13.0, tessdata_fast). */
  static final String ENG_RESOURCE = "tessdata/eng.traineddata";

  /** SHA-256 of {@link #ENG_RESOURCE}, lower-case hex. */
  static final String ENG_SHA256 =
      "7d4322bd2a7749724879683fc3912cb542f19906c83bcc1a52132556427170b2";

  private final Path dir;

  private Tessdata(Path dir) {
    this.dir = dir;
  }

  /**
   * Prepares a directory holding every language in {@code languages}.
   *
   * @param languages Tesseract language codes, e.g. {@code [deu, eng]}
   * @param tessdataPath where languages other than English are read from
   * @throws ModelLoadException when a language file is missing or the bundled English model does
   *     not match its checksum
   */
  static Tessdata prepare(List<String> languages, Path tessdataPath) {
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
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (DigestInputStream din = new DigestInputStream(in, sha);
          OutputStream out = Files.newOutputStream(target)) {
        din.transferTo(out);
      }
      String actual = HexFormat.of().formatHex(sha.digest());
      if (!actual.equals(ENG_SHA256)) {
        Files.deleteIfExists(target);
        throw new ModelLoadException(
            "bundled "
                + ENG_RESOURCE
                + " has SHA-256 "
                + actual
                + ", expected "
                + ENG_SHA256
                + "; is another tess4j version on the class path?",
            null);
      }
    } catch (IOException e) {
      throw new ModelLoadException("cannot extract " + ENG_RESOURCE + ": " + e, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
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
