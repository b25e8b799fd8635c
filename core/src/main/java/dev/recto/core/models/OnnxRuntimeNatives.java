package dev.recto.core.models;

import dev.recto.core.error.EngineUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks ONNX Runtime's native libraries against pinned SHA-256 digests before ONNX Runtime loads
 * them; call before the first use of {@code ai.onnxruntime.OrtEnvironment}.
 *
 * <p>ONNX Runtime's Java API loads {@code onnxruntime} and {@code onnxruntime4j_jni} from the
 * directory in the system property {@code onnxruntime.native.path} when it is set, else extracts
 * them from its jar ({@code ai/onnxruntime/native/<os>-<arch>/}), else asks {@code
 * System.loadLibrary}. This class hashes the same files (the directory's, else the jar resources')
 * and compares them with {@code onnxruntime-natives.sha256} in this package: the digests of the CPU
 * build {@code com.microsoft.onnxruntime:onnxruntime:1.19.0} for every platform it ships. Digests
 * of another build (the GPU jar, a newer version) are added with the system property {@value
 * #EXTRA_PROPERTY}: comma-separated {@code sha256} values, allowed for any of the library names.
 * When neither a directory nor a jar resource exists, ONNX Runtime falls back to the system library
 * path, which Recto cannot check: it logs a warning.
 *
 * <p>Stateless and thread-safe; hashing the libraries takes some tens of milliseconds per engine.
 */
public final class OnnxRuntimeNatives {

  /** System property with extra allowed digests, comma-separated. */
  public static final String EXTRA_PROPERTY = "recto.onnxruntime.sha256";

  static final String PINS = "dev/recto/core/models/onnxruntime-natives.sha256";

  private static final Logger LOG = LoggerFactory.getLogger(OnnxRuntimeNatives.class);

  private OnnxRuntimeNatives() {}

  /**
   * Verifies the libraries ONNX Runtime will load.
   *
   * @param ortLoader the class loader of {@code ai.onnxruntime.OrtEnvironment}, where ONNX Runtime
   *     finds its jar resources
   * @throws EngineUnavailableException when a library's digest is not pinned, naming the file, its
   *     digest and how to allow it
   */
  public static void verify(ClassLoader ortLoader) {
    Objects.requireNonNull(ortLoader, "ortLoader");
    Sha256Pins pins = Sha256Pins.fromResource(PINS, OnnxRuntimeNatives.class.getClassLoader());
    Set<String> allowed = new HashSet<>();
    pins.digests().values().forEach(allowed::addAll);
    String extra = System.getProperty(EXTRA_PROPERTY, "");
    for (String d : extra.split(",")) {
      if (!d.isBlank()) {
        allowed.add(d.strip().toLowerCase(Locale.ROOT));
      }
    }
    verify(ortLoader, Map.of(), allowed, System.getProperty("onnxruntime.native.path"));
  }

  /**
   * The check with explicit inputs, for tests.
   *
   * @param overrides digests to use instead of hashing, by file name (tests only)
   * @param allowed every allowed digest
   * @param nativeDir ONNX Runtime's {@code onnxruntime.native.path}, or null
   */
  static List<String> verify(
      ClassLoader ortLoader, Map<String, String> overrides, Set<String> allowed, String nativeDir) {
    List<String> checked = new ArrayList<>();
    for (String lib : List.of("onnxruntime", "onnxruntime4j_jni")) {
      String file = System.mapLibraryName(lib);
      String where;
      String digest;
      try {
        if (nativeDir != null) {
          Path path = Path.of(nativeDir, file);
          if (!Files.isRegularFile(path)) {
            continue; // ONNX Runtime falls through to the jar or the system path for this one
          }
          where = path.toString();
          digest = overrides.getOrDefault(file, Sha256Pins.sha256(path));
        } else {
          String resource = "ai/onnxruntime/native/" + platform() + "/" + file;
          try (InputStream in = ortLoader.getResourceAsStream(resource)) {
            if (in == null) {
              LOG.warn(
                  "ONNX Runtime library {} is not in its jar for {}: it will come from the system"
                      + " library path, unchecked",
                  file,
                  platform());
              continue;
            }
            where = "class-path resource " + resource;
            digest = overrides.getOrDefault(file, Sha256Pins.sha256(in));
          }
        }
      } catch (IOException e) {
        throw new EngineUnavailableException("cannot read ONNX Runtime library " + file, e);
      }
      if (!allowed.contains(digest)) {
        throw new EngineUnavailableException(
            "ONNX Runtime library "
                + where
                + " has SHA-256 "
                + digest
                + ", which is not pinned (Recto pins com.microsoft.onnxruntime:onnxruntime:1.19.0);"
                + " use that artifact, or allow this build with -D"
                + EXTRA_PROPERTY
                + "=<sha256>[,<sha256>...]",
            null);
      }
      checked.add(where);
    }
    return checked;
  }

  /** ONNX Runtime's name for this platform, e.g. {@code linux-x64}. */
  static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String o =
        os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : "linux";
    String a = arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : "x64";
    return o + "-" + a;
  }
}
