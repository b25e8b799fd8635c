package dev.recto.core.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.ModelLoadException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ModelArtifactLoaderTest {

  private static final String RESOURCE = "dev/recto/core/models/artifact.txt";
  // sha256 of "recto model\n"
  private static final String SHA =
      ModelArtifactLoader.sha256("recto model\n".getBytes(StandardCharsets.UTF_8));

  @Test
  void readsAVerifiedResource() {
    byte[] bytes =
        ModelArtifactLoader.read(
            new ModelArtifact(RESOURCE, SHA, "test", "1"), getClass().getClassLoader());
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("recto model\n");
  }

  @Test
  void checksumMismatchNamesBothDigests() {
    String wrong = "0".repeat(64);
    assertThatThrownBy(
            () ->
                ModelArtifactLoader.read(
                    new ModelArtifact(RESOURCE, wrong, "test", "1"), getClass().getClassLoader()))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining(wrong)
        .hasMessageContaining(SHA);
  }

  @Test
  void missingResourceIsAModelLoadError() {
    assertThatThrownBy(
            () ->
                ModelArtifactLoader.read(
                    new ModelArtifact("no/such/model.onnx", SHA, "test", "1"),
                    getClass().getClassLoader()))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("no/such/model.onnx");
  }

  @Test
  void rejectsMalformedDigests() {
    assertThatThrownBy(() -> new ModelArtifact(RESOURCE, "ABC", "test", "1"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
