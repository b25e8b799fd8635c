package dev.recto.core.models;

import dev.recto.core.error.ModelLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Reads a {@link ModelArtifact}'s bytes from the class path and checks their SHA-256 before anyone
 * can use them. Never touches the network.
 *
 * <p>Stateless and thread-safe.
 */
public final class ModelArtifactLoader {

  private ModelArtifactLoader() {}

  /**
   * The artifact's bytes, owned by the caller.
   *
   * @param artifact what to read
   * @param classLoader where to look for the resource
   * @throws ModelLoadException when the resource is missing, unreadable, or its SHA-256 differs
   *     from the pinned one (the message names both digests)
   */
  public static byte[] read(ModelArtifact artifact, ClassLoader classLoader) {
    Objects.requireNonNull(artifact, "artifact");
    Objects.requireNonNull(classLoader, "classLoader");
    byte[] bytes;
    try (InputStream in = classLoader.getResourceAsStream(artifact.resourcePath())) {
      if (in == null) {
        throw new ModelLoadException(
            "model "
                + artifact.id()
                + ": class-path resource '"
                + artifact.resourcePath()
                + "' not found; add the jar that ships it to the class path",
            null);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new ModelLoadException(
          "model " + artifact.id() + ": cannot read '" + artifact.resourcePath() + "'", e);
    }
    verify(artifact, bytes);
    return bytes;
  }

  /**
   * Checks that {@code bytes} have the artifact's pinned SHA-256.
   *
   * @throws ModelLoadException naming the expected and the actual digest when they differ
   */
  public static void verify(ModelArtifact artifact, byte[] bytes) {
    String actual = sha256(bytes);
    if (!actual.equals(artifact.sha256())) {
      throw new ModelLoadException(
          "model "
              + artifact.id()
              + ": SHA-256 of '"
              + artifact.resourcePath()
              + "' is "
              + actual
              + " but "
              + artifact.sha256()
              + " was expected; the jar that ships it is not the pinned version",
          null);
    }
  }

  /** The SHA-256 of {@code bytes} as 64 lower-case hex digits. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
