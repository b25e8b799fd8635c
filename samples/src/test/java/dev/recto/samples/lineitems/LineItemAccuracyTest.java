package dev.recto.samples.lineitems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.LineItem;
import dev.recto.core.model.Document;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import dev.recto.extraction.table.LineItemTableFinder;
import dev.recto.samples.synth.Design;
import dev.recto.samples.synth.FontLibrary;
import dev.recto.samples.synth.InvoiceGenerator;
import dev.recto.samples.synth.InvoiceRenderer;
import dev.recto.samples.synth.SynthCorpus;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Line-item row precision and recall of {@link LineItemTableFinder} on born-digital synthetic
 * invoices read through the PDF text layer, per design, with a ratchet: the floors are what the
 * finder reached when they were written and may only go up.
 *
 * <p>Designs {@value #HELD_OUT_1} and {@value #HELD_OUT_2} are held out: the finder was never tuned
 * on them (nobody looked at their failures), so their figures estimate how it does on layouts it
 * has not seen. They are reported and ratcheted separately.
 */
class LineItemAccuracyTest {

  static final String HELD_OUT_1 = "d08-times";
  static final String HELD_OUT_2 = "d09-courier-ledger";
  static final Set<String> HELD_OUT = Set.of(HELD_OUT_1, HELD_OUT_2);

  static final int COUNT = 72;
  static final long SEED = 2026L;

  /**
   * Row F1 over the other designs. It reached 1.000 when only d01-d09 existed (all of them used in
   * development); with the 33 designs d10-d42 added since, which the finder was not developed on,
   * the same invoices give 0.958, so the floor sits just below that until the finder is tuned on
   * the new designs.
   */
  static final double TUNED_F1_FLOOR = 0.95;

  /** Row F1 over the held-out designs; reached 0.549 (seed 2026, 72 invoices). */
  static final double HELD_OUT_F1_FLOOR = 0.54;

  @Test
  void rowF1PerDesignHoldsItsFloor() throws Exception {
    Map<String, RowScore> perDesign = new TreeMap<>();
    LineItemTableFinder finder = new LineItemTableFinder();
    InvoiceGenerator generator = new InvoiceGenerator();
    try (FontLibrary fonts = new FontLibrary();
        DocumentProcessor processor =
            DocumentProcessor.builder().ocrMode(OcrMode.OFF).noLayout().build()) {
      InvoiceRenderer renderer = new InvoiceRenderer(fonts);
      for (int i = 0; i < COUNT; i++) {
        Design design = SynthCorpus.design(SEED, i);
        InvoiceRenderer.Rendered r =
            renderer.render(generator.generate(SEED, i), design, SynthCorpus.name(i));
        ProcessingResult result =
            processor.process(DocumentSource.of(r.pdf(), SynthCorpus.name(i) + ".pdf"));
        Document document = result.documentIfPresent().orElseThrow();
        java.util.List<LineItem> items = finder.find(document);
        perDesign.merge(design.id(), RowScore.of(r.truth(), items), RowScore::plus);
      }
    }
    RowScore tuned = RowScore.ZERO;
    RowScore heldOut = RowScore.ZERO;
    for (Map.Entry<String, RowScore> e : perDesign.entrySet()) {
      boolean held = HELD_OUT.contains(e.getKey());
      System.out.printf(
          "line items %-20s %s%s%n", e.getKey(), e.getValue(), held ? "  (held out)" : "");
      if (held) {
        heldOut = heldOut.plus(e.getValue());
      } else {
        tuned = tuned.plus(e.getValue());
      }
    }
    System.out.println("line items tuned designs    " + tuned);
    System.out.println("line items held-out designs " + heldOut);
    assertThat(tuned.f1()).as("row F1 on the tuned designs").isGreaterThanOrEqualTo(TUNED_F1_FLOOR);
    assertThat(heldOut.f1())
        .as("row F1 on the held-out designs")
        .isGreaterThanOrEqualTo(HELD_OUT_F1_FLOOR);
  }
}
