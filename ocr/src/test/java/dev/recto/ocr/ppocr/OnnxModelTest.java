package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OrtSession.SessionOptions;
import dev.recto.core.error.ModelLoadException;
import dev.recto.core.process.DeadlineTimer;
import dev.recto.core.testkit.TinyOnnx;
import org.junit.jupiter.api.Test;

class OnnxModelTest {

  @Test
  void runsATinyModelFromBytes() throws Exception {
    try (SessionOptions so = new SessionOptions();
        DeadlineTimer timer = new DeadlineTimer("test");
        OnnxModel model = OnnxModel.load("tiny", TinyOnnx.addModel(2.5f), so, timer)) {
      FloatTensor out = model.run(new FloatTensor(new float[] {1f}, 1));
      assertThat(out.data()).containsExactly(3.5f);
      assertThat(out.shape()).containsExactly(1L);
    }
  }

  @Test
  void refusesAModelWithExternalDataBeforeOnnxRuntimeSeesIt() throws Exception {
    try (SessionOptions so = new SessionOptions();
        DeadlineTimer timer = new DeadlineTimer("test")) {
      assertThatThrownBy(() -> OnnxModel.load("external", TinyOnnx.externalDataModel(), so, timer))
          .isInstanceOf(ModelLoadException.class)
          .hasMessageContaining("external data")
          .hasNoCause();
    }
  }
}
