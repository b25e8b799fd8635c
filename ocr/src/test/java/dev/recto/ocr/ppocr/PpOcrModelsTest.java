package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.error.ModelLoadException;
import dev.recto.core.models.ModelArtifact;
import dev.recto.core.models.ModelArtifactLoader;
import dev.recto.core.spi.OcrEngineProvider;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class PpOcrModelsTest {

  private final ClassLoader loader = getClass().getClassLoader();

  @Test
  void pinnedDigestsMatchTheBundledModels() {
    for (ModelArtifact a :
        List.of(
            PpOcrModels.DETECTION,
            PpOcrModels.RECOGNITION,
            PpOcrModels.ANGLE_CLASSIFIER,
            PpOcrModels.DICTIONARY)) {
      assertThat(ModelArtifactLoader.read(a, loader)).isNotEmpty();
    }
    assertThat(PpOcrEngine.dictionary(ModelArtifactLoader.read(PpOcrModels.DICTIONARY, loader)))
        .hasSize(6623);
  }

  @Test
  void aChecksumMismatchIsAModelLoadError() {
    ModelArtifact tampered =
        new ModelArtifact(
            PpOcrModels.DICTIONARY.resourcePath(), "ab".repeat(32), "keys", "tampered");
    assertThatThrownBy(() -> ModelArtifactLoader.read(tampered, loader))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("ab".repeat(32))
        .hasMessageContaining(PpOcrModels.DICTIONARY.sha256());
  }

  @Test
  void theProviderIsFoundById() {
    OcrEngineProvider provider =
        ServiceLoader.load(OcrEngineProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.id().equals("ppocr"))
            .findFirst()
            .orElseThrow();
    assertThat(provider.priority()).isEqualTo(100);
  }

  @Test
  void gpuWithoutCudaSaysHowToFixIt() {
    assertThatThrownBy(
            () -> PpOcrEngine.create(PpOcrOptions.defaults().withDevice(PpOcrOptions.Device.GPU)))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("onnxruntime_gpu");
  }

  @Test
  void autoFallsBackToTheCpuWithoutCuda() {
    try (PpOcrEngine engine =
        PpOcrEngine.create(PpOcrOptions.defaults().withDevice(PpOcrOptions.Device.AUTO))) {
      assertThat(engine.id()).isEqualTo("ppocr");
    }
  }
}
