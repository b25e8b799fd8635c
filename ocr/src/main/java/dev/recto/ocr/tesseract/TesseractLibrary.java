package dev.recto.ocr.tesseract;

import com.sun.jna.Native;
import dev.recto.core.error.EngineUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Loads Tesseract's native library through JNA.
 *
 * <p>tess4j asks JNA for {@code tesseract}, which on Linux means the unversioned {@code
 * libtesseract.so} that only the {@code -dev} package installs. Recto tries the unversioned name
 * first and then the versioned file names that the runtime packages install ({@code
 * libtesseract.so.5} on Debian/Ubuntu, Homebrew's {@code libtesseract.dylib}), so {@code apt-get
 * install libtesseract5} alone is enough.
 *
 * <p>Immutable and thread-safe once loaded. The library stays loaded for the life of the JVM (JNA
 * shares one native library per name).
 */
final class TesseractLibrary {

  /** The names tried in order, by the default engine. */
  static final List<String> DEFAULT_NAMES =
      List.of(
          "tesseract",
          "libtesseract.so.5",
          "/opt/homebrew/lib/libtesseract.dylib",
          "/usr/local/lib/libtesseract.dylib",
          "libtesseract541");

  /** How to install the library, for error messages. */
  static final String INSTALL_HINT =
      "install Tesseract's native library: 'apt-get install libtesseract5' on Debian/Ubuntu,"
          + " 'brew install tesseract' on macOS (Windows: the DLL bundled with tess4j is used)";

  private final TesseractApi api;
  private final String loadedName;
  private final String version;

  private TesseractLibrary(TesseractApi api, String loadedName, String version) {
    this.api = api;
    this.loadedName = loadedName;
    this.version = version;
  }

  /**
   * Loads the first of {@code names} that JNA can open and that answers {@code TessVersion()}.
   *
   * @throws EngineUnavailableException when none loads, with the install hint and what failed
   */
  static TesseractLibrary load(List<String> names) {
    Objects.requireNonNull(names, "names");
    List<String> failures = new ArrayList<>();
    LinkageError last = null;
    for (String name : names) {
      try {
        TesseractApi api = Native.load(name, TesseractApi.class);
        String version = api.TessVersion();
        if (version == null || version.isBlank()) {
          failures.add(name + ": no version");
          continue;
        }
        return new TesseractLibrary(api, name, version.strip());
      } catch (NoClassDefFoundError e) {
        throw new EngineUnavailableException(
            "JNA is not on the class path; add net.java.dev.jna:jna (tess4j depends on it)", e);
      } catch (LinkageError e) {
        // UnsatisfiedLinkError (no such library or symbol), or JNA's own native part missing.
        last = e;
        failures.add(name + ": " + firstLine(e.getMessage()));
      }
    }
    throw new EngineUnavailableException(
        "Tesseract's native library could not be loaded; " + INSTALL_HINT + ". Tried " + failures,
        last);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "not found";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  TesseractApi api() {
    return api;
  }

  /** The name it was loaded by. */
  String loadedName() {
    return loadedName;
  }

  /** Tesseract's version, e.g. {@code 5.3.0}. */
  String version() {
    return version;
  }
}
