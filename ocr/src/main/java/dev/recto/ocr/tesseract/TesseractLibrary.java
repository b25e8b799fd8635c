package dev.recto.ocr.tesseract;

import com.sun.jna.Native;
import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.models.Sha256Pins;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads Tesseract's native library through JNA.
 *
 * <p>tess4j asks JNA for {@code tesseract}, which on Linux means the unversioned {@code
 * libtesseract.so} that only the {@code -dev} package installs. Recto tries the unversioned name
 * first and then the versioned file names that the runtime packages install ({@code
 * libtesseract.so.5} on Debian/Ubuntu, Homebrew's {@code libtesseract.dylib}), so {@code apt-get
 * install libtesseract5} alone is enough.
 *
 * <p><b>Pinned.</b> Each name is first resolved to a file ({@code jna.library.path}, {@code
 * java.library.path}, then the usual system library directories), symbolic links followed; that
 * file's SHA-256 must be pinned for its real name ({@link TesseractPins}: Debian bookworm's {@code
 * libtesseract.so.5.0.3} by default) before JNA loads it by its absolute path. Leptonica, the image
 * library libtesseract links and which decodes the page images, is checked the same way: the
 * Leptonica name the library file needs ({@link #LEPTONICA_NAMES}, found among its bytes) is
 * resolved, its real file's digest must be pinned (Debian bookworm's {@code liblept.so.5.0.4}), and
 * it is loaded by absolute path first, so that the dynamic linker, which reuses an already loaded
 * library of the same name, binds libtesseract to the checked file. The C++ runtime and the other
 * system libraries are loaded by the dynamic linker and not checked.
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

  /** Leptonica's library names that a libtesseract build may need, in the order tried. */
  static final List<String> LEPTONICA_NAMES =
      List.of("liblept.so.5", "libleptonica.so.6", "libleptonica.6.dylib", "liblept.5.dylib");

  /** Directories searched after {@code jna.library.path} and {@code java.library.path}. */
  static final List<String> SYSTEM_DIRS =
      List.of(
          "/usr/lib/x86_64-linux-gnu",
          "/usr/lib/aarch64-linux-gnu",
          "/lib/x86_64-linux-gnu",
          "/lib/aarch64-linux-gnu",
          "/usr/lib64",
          "/usr/lib",
          "/usr/local/lib",
          "/opt/homebrew/lib");

  /**
   * Loads the first of {@code names} that resolves to a file, whose SHA-256 is pinned, that JNA can
   * open and that answers {@code TessVersion()}.
   *
   * @param pins allowed digests by the library's real file name
   * @throws EngineUnavailableException when none loads, with the install hint and what failed, or
   *     when a library is found whose digest is not pinned, with that digest and how to pin it
   */
  static TesseractLibrary load(List<String> names, Sha256Pins pins) {
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(pins, "pins");
    List<String> failures = new ArrayList<>();
    LinkageError last = null;
    for (String name : names) {
      Optional<Path> file = resolve(name);
      if (file.isEmpty()) {
        failures.add(name + ": not found");
        continue;
      }
      verify(file.get(), pins);
      try {
        preloadLeptonica(file.get(), pins);
        TesseractApi api = Native.load(file.get().toString(), TesseractApi.class);
        String version = api.TessVersion();
        if (version == null || version.isBlank()) {
          failures.add(name + ": no version");
          continue;
        }
        return new TesseractLibrary(api, file.get().toString(), version.strip());
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

  /** The real file {@code name} stands for, when one exists. */
  static Optional<Path> resolve(String name) {
    List<Path> candidates = new ArrayList<>();
    if (name.contains("/") || name.contains(File.separator)) {
      candidates.add(Path.of(name));
    } else {
      String file =
          name.startsWith("lib") && name.matches(".*\\.(so|dylib|dll)(\\..*)?")
              ? name
              : System.mapLibraryName(name);
      List<String> dirs = new ArrayList<>();
      for (String property : List.of("jna.library.path", "java.library.path")) {
        String value = System.getProperty(property, "");
        for (String d : value.split(File.pathSeparator)) {
          if (!d.isBlank()) {
            dirs.add(d);
          }
        }
      }
      dirs.addAll(SYSTEM_DIRS);
      for (String d : dirs) {
        candidates.add(Path.of(d, file));
      }
    }
    for (Path p : candidates) {
      if (Files.isRegularFile(p)) {
        try {
          return Optional.of(p.toRealPath());
        } catch (IOException e) {
          // unreadable: try the next candidate
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Checks and loads, by absolute path, the Leptonica library {@code tesseract} needs; logs nothing
   * and does nothing when the file names none of {@link #LEPTONICA_NAMES} (a static build) or when
   * the named library is not found where Recto looks (the dynamic linker then finds it, unchecked).
   *
   * @throws EngineUnavailableException when the Leptonica file found is not pinned
   */
  static Optional<Path> preloadLeptonica(Path tesseract, Sha256Pins pins) {
    Optional<String> needed = neededLeptonica(tesseract);
    if (needed.isEmpty()) {
      return Optional.empty();
    }
    Optional<Path> file = resolve(needed.get());
    if (file.isEmpty()) {
      return Optional.empty();
    }
    verify(file.get(), pins);
    com.sun.jna.NativeLibrary.getInstance(file.get().toString());
    return file;
  }

  /** The first of {@link #LEPTONICA_NAMES} that occurs among the library file's bytes. */
  static Optional<String> neededLeptonica(Path library) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(library);
    } catch (IOException e) {
      throw new EngineUnavailableException("cannot read Tesseract's native library " + library, e);
    }
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    for (String name : LEPTONICA_NAMES) {
      if (text.contains(name + "\0")) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** Refuses a library file whose SHA-256 is not pinned for its real name. */
  static void verify(Path file, Sha256Pins pins) {
    String name = file.getFileName().toString();
    String digest;
    try {
      digest = Sha256Pins.sha256(file);
    } catch (IOException e) {
      throw new EngineUnavailableException("cannot read Tesseract's native library " + file, e);
    }
    if (!pins.check(name, digest)) {
      throw new EngineUnavailableException(
          "Tesseract's native library "
              + file
              + " has SHA-256 "
              + digest
              + ", which is not pinned (Recto pins Debian bookworm's libtesseract5 5.3.0-2 and"
              + " liblept5 1.82.0-3+b3); if you"
              + " trust it, allow it with TesseractOptions.withPins(Sha256Pins.parse(\""
              + digest
              + "  "
              + name
              + "\"))",
          null);
    }
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
