package dev.recto.ocr.ppocr;

import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.models.Sha256Pins;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Loads OpenCV's native library (bundled in {@code org.openpnp:opencv}) once, on first need, never
 * at class initialization, after checking it against a pinned SHA-256. Thread-safe.
 *
 * <p>The library for this platform ({@code nu/pattern/opencv/<os>/<arch>/}, the jar's layout) is
 * copied from the class path into a new directory only its owner can read, hashed while it is
 * copied, compared with {@code opencv-natives.sha256} in this package (every platform of {@code
 * org.openpnp:opencv:4.9.0-0}) and then loaded by absolute path with {@link System#load}: the file
 * that is loaded is the file that was hashed. Digests of another build are allowed with the system
 * property {@value #EXTRA_PROPERTY} (comma-separated). The copy is deleted when the JVM exits.
 */
final class OpenCvNatives {

  /** System property with extra allowed digests, comma-separated. */
  static final String EXTRA_PROPERTY = "recto.opencv.sha256";

  static final String PINS = "dev/recto/ocr/ppocr/opencv-natives.sha256";

  private static boolean loaded;

  private OpenCvNatives() {}

  /**
   * Loads the natives unless already loaded.
   *
   * @throws EngineUnavailableException when the platform has no bundled OpenCV library, or when its
   *     digest is not pinned (naming the digest and how to allow it)
   */
  static synchronized void ensureLoaded() {
    if (loaded) {
      return;
    }
    String resource =
        resource(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    ClassLoader jar = nu.pattern.OpenCV.class.getClassLoader();
    Path copy;
    try (InputStream in = resource == null ? null : jar.getResourceAsStream(resource)) {
      if (in == null) {
        throw new EngineUnavailableException(
            "OpenCV natives could not be loaded for "
                + System.getProperty("os.name")
                + "/"
                + System.getProperty("os.arch")
                + "; org.openpnp:opencv bundles Linux, macOS and Windows x86-64 and aarch64 builds,"
                + " use one of those platforms or put a matching org.openpnp:opencv on the class"
                + " path",
            null);
      }
      copy = privateCopy(in, resource);
    } catch (IOException e) {
      throw new EngineUnavailableException("cannot copy OpenCV's native library " + resource, e);
    }
    try {
      System.load(copy.toString());
    } catch (LinkageError e) {
      throw new EngineUnavailableException(
          "OpenCV's native library " + resource + " did not load: " + e.getMessage(), e);
    }
    loaded = true;
  }

  /** The jar resource for a platform, or null when the jar ships none. */
  static String resource(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT);
    String arch = osArch.toLowerCase(Locale.ROOT);
    String a =
        switch (arch) {
          case "amd64", "x86_64" -> "x86_64";
          case "aarch64", "arm64" -> "ARMv8";
          case "arm" -> "ARMv7";
          case "x86", "i386", "i686" -> "x86_32";
          default -> null;
        };
    if (a == null) {
      return null;
    }
    if (os.contains("linux")) {
      return "nu/pattern/opencv/linux/" + a + "/libopencv_java490.so";
    }
    if (os.contains("mac") || os.contains("darwin")) {
      return "nu/pattern/opencv/osx/" + a + "/libopencv_java490.dylib";
    }
    if (os.contains("win")) {
      return "nu/pattern/opencv/windows/" + a + "/opencv_java490.dll";
    }
    return null;
  }

  /** The digests allowed: the pin list's and the system property's. */
  static Set<String> allowed() {
    Sha256Pins pins = Sha256Pins.fromResource(PINS, OpenCvNatives.class.getClassLoader());
    Set<String> allowed = new HashSet<>();
    pins.digests().values().forEach(allowed::addAll);
    for (String d : System.getProperty(EXTRA_PROPERTY, "").split(",")) {
      if (!d.isBlank()) {
        allowed.add(d.strip().toLowerCase(Locale.ROOT));
      }
    }
    return allowed;
  }

  /**
   * Copies {@code in} into a fresh owner-only directory, hashing it on the way; refuses (and
   * deletes) a copy whose digest is not allowed.
   */
  static Path privateCopy(InputStream in, String resource) throws IOException {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    Path dir =
        posix
            ? Files.createTempDirectory(
                "recto-opencv-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
            : Files.createTempDirectory("recto-opencv-");
    Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
      in.transferTo(out);
    }
    dir.toFile().deleteOnExit();
    file.toFile().deleteOnExit();
    String digest = HexFormat.of().formatHex(sha.digest());
    if (!allowed().contains(digest)) {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
      throw new EngineUnavailableException(
          "OpenCV's native library "
              + resource
              + " has SHA-256 "
              + digest
              + ", which is not pinned (Recto pins org.openpnp:opencv:4.9.0-0); use that artifact,"
              + " or allow this build with -D"
              + EXTRA_PROPERTY
              + "=<sha256>[,<sha256>...]",
          null);
    }
    return file;
  }
}
