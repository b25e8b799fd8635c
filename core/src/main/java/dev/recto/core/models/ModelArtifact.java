package dev.recto.core.models;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A model file shipped on the class path, pinned by its SHA-256.
 *
 * <p>Recto never downloads models: an artifact names a class-path resource that a dependency jar
 * provides, and {@link ModelArtifactLoader} refuses bytes whose digest differs from the pinned one.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ModelArtifact det = new ModelArtifact(
 *     "models/ch_PP-OCRv4_det_infer.onnx", "d2a7...", "ch_PP-OCRv4_det", "4.0");
 * byte[] onnx = ModelArtifactLoader.read(det, getClass().getClassLoader());
 * }</pre>
 *
 * @param resourcePath class-path resource name, without a leading slash
 * @param sha256 the expected SHA-256 of the resource's bytes, 64 lower-case hex digits
 * @param id a short stable model id written into provenance
 * @param version the model's version written into provenance
 */
public record ModelArtifact(String resourcePath, String sha256, String id, String version) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public ModelArtifact {
    Objects.requireNonNull(resourcePath, "resourcePath");
    if (resourcePath.isBlank() || resourcePath.startsWith("/")) {
      throw new IllegalArgumentException(
          "resourcePath must be a non-blank class-path name without a leading '/', was '"
              + resourcePath
              + "'");
    }
    Objects.requireNonNull(sha256, "sha256");
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException(
          "sha256 must be 64 lower-case hex digits, was '" + sha256 + "'");
    }
    requireText(id, "id");
    requireText(version, "version");
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
