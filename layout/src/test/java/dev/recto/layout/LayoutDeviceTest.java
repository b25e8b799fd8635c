package dev.recto.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import dev.recto.core.error.EngineUnavailableException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The device option on the CPU build of ONNX Runtime (the build Recto ships and CI runs). */
class LayoutDeviceTest {

  private static boolean cudaBuild() {
    return OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
  }

  @Test
  void gpuWithoutTheCudaBuildIsATypedErrorNamingTheFix() {
    assumeFalse(cudaBuild(), "this ONNX Runtime build has CUDA");
    assertThatThrownBy(
            () ->
                OnnxLayoutEngine.create(
                    OnnxLayoutEngine.Options.defaults().withDevice(LayoutDevice.GPU)))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("layout device GPU unavailable")
        .hasMessageContaining("onnxruntime_gpu");
  }

  @Test
  void autoFallsBackToTheCpuAndDetectsAsTheCpuEngineDoes() {
    assumeFalse(cudaBuild(), "this ONNX Runtime build has CUDA");
    BufferedImage page = new BufferedImage(612, 792, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 612, 792);
    g.setColor(Color.BLACK);
    g.setFont(g.getFont().deriveFont(24f));
    g.drawString("INVOICE", 60, 80);
    for (int i = 0; i < 8; i++) {
      g.drawString("Item " + i + "      2      10.00      20.00", 60, 300 + 18 * i);
    }
    g.dispose();
    try (OnnxLayoutEngine auto =
            OnnxLayoutEngine.create(
                OnnxLayoutEngine.Options.defaults().withDevice(LayoutDevice.AUTO));
        OnnxLayoutEngine cpu = OnnxLayoutEngine.create(OnnxLayoutEngine.Options.defaults())) {
      assertThat(auto.onGpu()).isFalse();
      assertThat(auto.device()).isEqualTo(LayoutDevice.AUTO);
      assertThat(auto.detect(page, 0.3)).isEqualTo(cpu.detect(page, 0.3)).isNotEmpty();
    }
  }
}
