package dev.recto.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recto.core.model.Document;
import dev.recto.core.model.Region;
import dev.recto.core.model.RegionType;
import dev.recto.core.model.TableStructure;
import dev.recto.core.models.ModelArtifactLoader;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxLayoutEngineTest {

  private static OnnxLayoutEngine engine;

  @BeforeAll
  static void load() {
    engine = OnnxLayoutEngine.create(OnnxLayoutEngine.Options.defaults().withIntraOpThreads(1));
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void shippedModelMatchesItsPinnedDigest() throws IOException {
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(OnnxLayoutEngine.MODEL.resourcePath())) {
      assertThat(ModelArtifactLoader.sha256(in.readAllBytes()))
          .isEqualTo(OnnxLayoutEngine.MODEL.sha256());
    }
  }

  /** ONNX Runtime in Java against PyTorch's outputs for one held-out page (train.py export). */
  @Test
  void onnxRuntimeAgreesWithPyTorch() throws IOException {
    byte[] ink;
    try (InputStream in = getClass().getResourceAsStream("parity-input.u8")) {
      ink = in.readAllBytes();
    }
    float[] input = new float[ink.length];
    for (int i = 0; i < ink.length; i++) {
      input[i] = (ink[i] & 0xff) / 255f;
    }
    float[][] out = engine.infer(input);
    assertThat(out[0]).hasSize(11 * OnnxLayoutEngine.OUT_ROWS * OnnxLayoutEngine.OUT_COLS);
    assertThat(out[1]).hasSize(4 * OnnxLayoutEngine.OUT_ROWS * OnnxLayoutEngine.OUT_COLS);
    JsonNode expected;
    try (InputStream in = getClass().getResourceAsStream("parity-output.json")) {
      expected = new ObjectMapper().readTree(in);
    }
    for (JsonNode v : expected.get("heatTop")) {
      assertThat((double) out[0][v.get(0).asInt()]).isCloseTo(v.get(1).asDouble(), within(1e-4));
    }
    for (JsonNode v : expected.get("box")) {
      assertThat((double) out[1][v.get(0).asInt()]).isCloseTo(v.get(1).asDouble(), within(1e-4));
    }
    List<Detection> d =
        HeatmapDecoder.decode(
            out[0], out[1], OnnxLayoutEngine.OUT_ROWS, OnnxLayoutEngine.OUT_COLS, 0.3, 0.5, 100);
    assertThat(d).extracting(Detection::type).contains(RegionType.TABLE, RegionType.PAGE_FOOTER);
  }

  @Test
  void processorFillsRegionsOfABornDigitalInvoice() {
    Path pdf = Path.of("..", "samples", "documents", "sample-invoice.pdf");
    try (DocumentProcessor processor =
        DocumentProcessor.builder().layoutEngine(OnnxLayoutEngine.ID).build()) {
      ProcessingResult result = processor.process(DocumentSource.of(pdf));
      Document doc = result.documentIfPresent().orElseThrow();
      List<Region> regions = doc.pages().get(0).regions();
      assertThat(regions).isNotEmpty();
      assertThat(regions).extracting(Region::type).contains(RegionType.TABLE);
      assertThat(regions)
          .allSatisfy(
              r -> {
                assertThat(r.confidence()).isBetween(0.3, 1.0);
                assertThat(r.provenance().engineId()).isEqualTo(OnnxLayoutEngine.ID);
              });
      TableStructure grid =
          regions.stream()
              .filter(r -> r.type() == RegionType.TABLE)
              .findFirst()
              .orElseThrow()
              .table();
      // Description | Qty | Unit price | Amount, then three items.
      assertThat(grid.headerRows()).isEqualTo(1);
      assertThat(grid.rows()).hasSize(4);
      assertThat(grid.columns()).hasSize(4);
      assertThat(grid.text(0, 2)).isEqualTo("Unit price");
      assertThat(grid.text(2, 0)).isEqualTo("Standing desk, oak");
      assertThat(grid.text(3, 3)).isEqualTo("70.00");
      assertThat(grid.cells())
          .allSatisfy(
              c ->
                  assertThat(c.words())
                      .allSatisfy(w -> assertThat(w).isIn(doc.pages().get(0).words())));
    }
  }
}
