package dev.recto.core.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.ErrorCode;
import dev.recto.core.error.ModelLoadException;
import dev.recto.core.testkit.TinyOnnx;
import dev.recto.core.testkit.TinyOnnx.Message;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OnnxExternalDataTest {

  @Test
  void inlineModelPasses() {
    assertThatCode(() -> OnnxExternalData.refuse("tiny", TinyOnnx.addModel(2f)))
        .doesNotThrowAnyException();
  }

  @Test
  void initializerWithExternalDataIsRefused() {
    assertThatThrownBy(() -> OnnxExternalData.refuse("tiny", TinyOnnx.externalDataModel()))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("external data")
        .satisfies(
            e ->
                assertThat(((ModelLoadException) e).code()).isEqualTo(ErrorCode.MODEL_LOAD_FAILED));
  }

  @Test
  void dataLocationAloneIsRefused() {
    Message w = TinyOnnx.inlineTensor("W", 1f).varint(14, 1);
    byte[] onnx = TinyOnnx.model(TinyOnnx.graph(w, null)).bytes();
    assertThatThrownBy(() -> OnnxExternalData.refuse("tiny", onnx))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("external data");
  }

  @Test
  void dataLocationDefaultIsAccepted() {
    Message w = TinyOnnx.inlineTensor("W", 1f).varint(14, 0);
    byte[] onnx = TinyOnnx.model(TinyOnnx.graph(w, null)).bytes();
    assertThatCode(() -> OnnxExternalData.refuse("tiny", onnx)).doesNotThrowAnyException();
  }

  @Test
  void externalConstantInsideANestedGraphIsRefused() {
    // If node whose then_branch holds a Constant node whose value tensor is external
    Message external = new Message().varint(2, 1).string(8, "c").varint(14, 1);
    Message constant =
        new Message()
            .string(2, "c")
            .string(4, "Constant")
            .message(5, new Message().string(1, "value").message(5, external));
    Message thenBranch = new Message().message(1, constant).string(2, "then");
    Message ifNode =
        new Message()
            .string(1, "cond")
            .string(2, "z")
            .string(4, "If")
            .message(5, new Message().string(1, "then_branch").message(6, thenBranch));
    byte[] onnx = TinyOnnx.model(TinyOnnx.graph(TinyOnnx.inlineTensor("W", 1f), ifNode)).bytes();
    assertThatThrownBy(() -> OnnxExternalData.refuse("nested", onnx))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("external data");
  }

  @Test
  void externalSparseInitializerValuesAreRefused() {
    Message values = new Message().varint(2, 1).string(8, "v").varint(14, 1);
    Message sparse = new Message().message(1, values);
    Message graph = TinyOnnx.graph(TinyOnnx.inlineTensor("W", 1f), null).message(15, sparse);
    byte[] onnx = TinyOnnx.model(graph).bytes();
    assertThatThrownBy(() -> OnnxExternalData.refuse("sparse", onnx))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("external data");
  }

  @Test
  void truncatedBytesAreMalformed() {
    byte[] onnx = TinyOnnx.addModel(2f);
    byte[] cut = Arrays.copyOf(onnx, onnx.length - 3);
    assertThatThrownBy(() -> OnnxExternalData.refuse("cut", cut))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("not a well-formed ONNX protobuf");
  }

  @Test
  void nestingBeyondTheLimitIsMalformed() {
    Message graph = new Message().string(2, "leaf");
    for (int i = 0; i < OnnxExternalData.MAX_DEPTH; i++) {
      Message attr = new Message().string(1, "g").message(6, graph);
      Message node = new Message().string(4, "If").message(5, attr);
      graph = new Message().message(1, node);
    }
    byte[] onnx = TinyOnnx.model(graph).bytes();
    assertThatThrownBy(() -> OnnxExternalData.refuse("deep", onnx))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("nested deeper");
  }
}
