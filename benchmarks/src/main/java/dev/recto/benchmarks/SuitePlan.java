package dev.recto.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link BenchSuite} runs: JMH runs, each a benchmark selection at one thread count with
 * parameter overrides. The quick plan (under five minutes on the 2-core development machine when it
 * is otherwise idle) takes one corpus and page per stage and short iterations; the full plan keeps
 * the classes' own iteration settings and parameters and runs the scalable stages at 1 and 2
 * threads.
 *
 * <p>Immutable.
 */
final class SuitePlan {

  /**
   * One JMH run.
   *
   * @param name file name stem of its JSON results
   * @param include JMH include pattern (a regular expression on {@code class.method})
   * @param threads benchmark threads
   * @param params parameter overrides, name to values
   */
  record Run(String name, String include, int threads, Map<String, List<String>> params) {
    Run {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(include, "include");
      params = Map.copyOf(params);
    }
  }

  private SuitePlan() {}

  /** The quick plan. */
  static List<Run> quick() {
    Map<String, List<String>> shared = Map.of("corpus", List.of("shared"));
    return List.of(
        new Run("text-layer-t1", "\\.TextLayerBenchmark\\.", 1, Map.of()),
        new Run("text-layer-t2", "\\.TextLayerBenchmark\\.", 2, Map.of()),
        new Run("raster-t1", "\\.RasterBenchmark\\.", 1, shared),
        new Run(
            "ocr-t1",
            "\\.OcrBenchmark\\.(ppocrDetect|ppocrRecognize|tesseractPage)$",
            1,
            Map.of("page", List.of("synthetic-scan"), "recThreads", List.of("0"))),
        new Run("layout-t1", "\\.LayoutBenchmark\\.", 1, Map.of("intraOpThreads", List.of("2"))),
        new Run("extraction-t1", "\\.ExtractionBenchmark\\.genericExtraction$", 1, Map.of()),
        new Run("templates-t1", "\\.TemplateMatchingBenchmark\\.", 1, Map.of()),
        new Run("end-to-end-t1", "\\.EndToEndBenchmark\\.", 1, shared),
        new Run("end-to-end-t2", "\\.EndToEndBenchmark\\.", 2, shared),
        new Run(
            "scanned-t1",
            "\\.ScannedEndToEndBenchmark\\.",
            1,
            Map.of("ocrEngine", List.of("ppocr"))));
  }

  /** The full plan. */
  static List<Run> full() {
    return List.of(
        new Run("text-layer-t1", "\\.TextLayerBenchmark\\.", 1, Map.of()),
        new Run("text-layer-t2", "\\.TextLayerBenchmark\\.", 2, Map.of()),
        new Run("raster-t1", "\\.RasterBenchmark\\.", 1, Map.of()),
        new Run("raster-t2", "\\.RasterBenchmark\\.", 2, Map.of()),
        new Run("ocr-t1", "\\.OcrBenchmark\\.", 1, Map.of()),
        new Run(
            "ocr-t2",
            "\\.OcrBenchmark\\.(ppocrPage|tesseractPage)$",
            2,
            Map.of("recThreads", List.of("0"))),
        new Run("layout-t1", "\\.LayoutBenchmark\\.", 1, Map.of()),
        new Run("layout-t2", "\\.LayoutBenchmark\\.", 2, Map.of("intraOpThreads", List.of("1"))),
        new Run("conv-t1", "\\.ConvThroughputBenchmark\\.", 1, Map.of()),
        new Run("extraction-t1", "\\.ExtractionBenchmark\\.", 1, Map.of()),
        new Run("extraction-t2", "\\.ExtractionBenchmark\\.", 2, Map.of()),
        new Run("templates-t1", "\\.TemplateMatchingBenchmark\\.", 1, Map.of()),
        new Run("templates-t2", "\\.TemplateMatchingBenchmark\\.", 2, Map.of()),
        new Run("end-to-end-t1", "\\.EndToEndBenchmark\\.", 1, Map.of()),
        new Run("end-to-end-t2", "\\.EndToEndBenchmark\\.", 2, Map.of()),
        new Run("scanned-t1", "\\.ScannedEndToEndBenchmark\\.", 1, Map.of()),
        new Run("scanned-t2", "\\.ScannedEndToEndBenchmark\\.", 2, Map.of()));
  }
}
