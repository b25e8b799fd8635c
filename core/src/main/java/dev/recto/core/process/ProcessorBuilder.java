package dev.recto.core.process;

import dev.recto.core.spi.EngineRegistry;
import dev.recto.core.spi.FieldCalibratorProvider;
import dev.recto.core.spi.FieldExtractorProvider;
import dev.recto.core.spi.LayoutEngineProvider;
import dev.recto.core.spi.OcrEngineProvider;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a {@link DocumentProcessor}. Not thread-safe; build once, share the processor.
 *
 * <pre>{@code
 * DocumentProcessor processor = DocumentProcessor.builder()
 *     .ocrMode(OcrMode.AUTO)
 *     .ocrEngine("tesseract")
 *     .limits(Limits.defaults().withMaxPages(100))
 *     .build();
 * }</pre>
 */
public final class ProcessorBuilder {

  /** Where OCR engines come from, for the message when none is found. */
  public static final String OCR_INSTALL_HINT =
      "add the Maven dependency dev.recto:recto-ocr (engines 'ppocr' and 'tesseract')";

  public static final String LAYOUT_INSTALL_HINT =
      "add the Maven dependency dev.recto:recto-layout";

  public static final String EXTRACTOR_INSTALL_HINT =
      "add the Maven dependency dev.recto:recto-extraction or dev.recto:recto-templates";

  public static final String CALIBRATOR_INSTALL_HINT =
      "add the Maven dependency dev.recto:recto-extraction (calibrator 'recto-default')";

  private Limits limits = Limits.defaults();
  private OcrMode ocrMode = OcrMode.AUTO;
  private Optional<String> ocrEngineId = Optional.empty();
  private Optional<String> layoutEngineId = Optional.empty();
  private boolean useLayout = true;
  private EngineRegistry<OcrEngineProvider> ocrEngines;
  private EngineRegistry<LayoutEngineProvider> layoutEngines;
  private EngineRegistry<FieldExtractorProvider> fieldExtractors;
  private EngineRegistry<FieldCalibratorProvider> fieldCalibrators;
  private Concurrency concurrency = Concurrency.defaults();

  ProcessorBuilder() {}

  ProcessorBuilder(ProcessorConfig c) {
    limits = c.limits();
    ocrMode = c.ocrMode();
    ocrEngineId = c.ocrEngineId();
    layoutEngineId = c.layoutEngineId();
    useLayout = c.useLayout();
    ocrEngines = c.ocrEngines();
    layoutEngines = c.layoutEngines();
    fieldExtractors = c.fieldExtractors();
    fieldCalibrators = c.fieldCalibrators();
    concurrency = c.concurrency();
  }

  public ProcessorBuilder limits(Limits value) {
    this.limits = Objects.requireNonNull(value, "limits");
    return this;
  }

  /**
   * How many documents run at once and how many workers abandoned at their deadline may still be
   * running before new documents are refused with {@code OVERLOADED}; default {@link
   * Concurrency#defaults()}.
   */
  public ProcessorBuilder concurrency(Concurrency value) {
    this.concurrency = Objects.requireNonNull(value, "concurrency");
    return this;
  }

  public ProcessorBuilder ocrMode(OcrMode value) {
    this.ocrMode = Objects.requireNonNull(value, "ocrMode");
    return this;
  }

  /** Use the OCR engine with this id; {@link #build()} fails if it is not available. */
  public ProcessorBuilder ocrEngine(String id) {
    this.ocrEngineId = Optional.of(id);
    return this;
  }

  /** Use the layout engine with this id; {@link #build()} fails if it is not available. */
  public ProcessorBuilder layoutEngine(String id) {
    this.layoutEngineId = Optional.of(id);
    this.useLayout = true;
    return this;
  }

  /** Skip layout detection. */
  public ProcessorBuilder noLayout() {
    this.useLayout = false;
    return this;
  }

  /** Choose OCR engines from these providers instead of the class path's. */
  public ProcessorBuilder ocrProviders(List<? extends OcrEngineProvider> providers) {
    this.ocrEngines = new EngineRegistry<>("OCR engine", OCR_INSTALL_HINT, providers);
    return this;
  }

  /** Choose layout engines from these providers instead of the class path's. */
  public ProcessorBuilder layoutProviders(List<? extends LayoutEngineProvider> providers) {
    this.layoutEngines = new EngineRegistry<>("layout engine", LAYOUT_INSTALL_HINT, providers);
    return this;
  }

  /** Run these field extractors instead of the class path's. */
  public ProcessorBuilder extractorProviders(List<? extends FieldExtractorProvider> providers) {
    this.fieldExtractors =
        new EngineRegistry<>("field extractor", EXTRACTOR_INSTALL_HINT, providers);
    return this;
  }

  /**
   * Calibrate confidences with the highest-priority of these providers instead of the class path's;
   * an empty list turns calibration off (confidences stay as the extractors set them).
   */
  public ProcessorBuilder calibratorProviders(List<? extends FieldCalibratorProvider> providers) {
    this.fieldCalibrators =
        new EngineRegistry<>("field calibrator", CALIBRATOR_INSTALL_HINT, providers);
    return this;
  }

  /**
   * Creates the engines and the processor.
   *
   * @throws dev.recto.core.error.EngineUnavailableException when an engine asked for by id is
   *     missing
   */
  public DocumentProcessor build() {
    ClassLoader loader = DocumentProcessor.class.getClassLoader();
    EngineRegistry<OcrEngineProvider> ocr =
        ocrEngines != null
            ? ocrEngines
            : EngineRegistry.load(OcrEngineProvider.class, loader, "OCR engine", OCR_INSTALL_HINT);
    EngineRegistry<LayoutEngineProvider> layout =
        layoutEngines != null
            ? layoutEngines
            : EngineRegistry.load(
                LayoutEngineProvider.class, loader, "layout engine", LAYOUT_INSTALL_HINT);
    EngineRegistry<FieldExtractorProvider> extractors =
        fieldExtractors != null
            ? fieldExtractors
            : EngineRegistry.load(
                FieldExtractorProvider.class, loader, "field extractor", EXTRACTOR_INSTALL_HINT);
    EngineRegistry<FieldCalibratorProvider> calibrators =
        fieldCalibrators != null
            ? fieldCalibrators
            : EngineRegistry.load(
                FieldCalibratorProvider.class, loader, "field calibrator", CALIBRATOR_INSTALL_HINT);
    return DocumentProcessor.create(
        new ProcessorConfig(
            limits,
            ocrMode,
            ocrEngineId,
            layoutEngineId,
            useLayout,
            ocr,
            layout,
            extractors,
            calibrators,
            concurrency));
  }
}
