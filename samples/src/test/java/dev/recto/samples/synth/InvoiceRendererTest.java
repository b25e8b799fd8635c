package dev.recto.samples.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.RegionType;
import dev.recto.core.model.Word;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class InvoiceRendererTest {

  private static final InvoiceGenerator GENERATOR = new InvoiceGenerator();
  private static final FontLibrary FONTS = new FontLibrary();
  private static final InvoiceRenderer RENDERER = new InvoiceRenderer(FONTS);

  @AfterAll
  static void closeFonts() {
    FONTS.close();
  }

  /** Every design renders, in every locale, and its truth words are where the reader finds them. */
  @Test
  void everyDesignRendersAndItsWordsReadBackAtTheirBoxes() throws Exception {
    List<Design> designs = Designs.all();
    int words = 0;
    int missing = 0;
    StringBuilder report = new StringBuilder();
    for (int i = 0; i < designs.size(); i++) {
      String locale = SynthLocales.IDS.get(i % SynthLocales.IDS.size());
      InvoiceSpec spec = GENERATOR.generate(99, i, locale);
      InvoiceRenderer.Rendered r = RENDERER.render(spec, designs.get(i), "t" + i);
      Truth truth = r.truth();
      List<String> unmatched = ReadBack.unmatched(truth, ReadBack.words(r.pdf()));
      words += truth.words().size();
      missing += unmatched.size();
      if (!unmatched.isEmpty()) {
        report
            .append(designs.get(i).id())
            .append(' ')
            .append(locale)
            .append(": ")
            .append(unmatched.subList(0, Math.min(5, unmatched.size())))
            .append('\n');
      }
      assertThat(truth.designId()).isEqualTo(designs.get(i).id());
      assertThat(truth.regions())
          .extracting(Truth.RegionTruth::type)
          .contains(
              RegionType.TITLE,
              RegionType.VENDOR_BLOCK,
              RegionType.CUSTOMER_BLOCK,
              RegionType.KEY_VALUE_GROUP,
              RegionType.TABLE,
              RegionType.TOTALS_BLOCK,
              RegionType.PAYMENT_DETAILS,
              RegionType.PAGE_FOOTER);
      assertThat(truth.fields().get(FieldKey.INVOICE_TOTAL).value())
          .isEqualTo(spec.totals().total().toPlainString());
      assertThat(truth.fields().get(FieldKey.INVOICE_ID).raw()).isEqualTo(spec.invoiceId());
      assertThat(truth.fields().get(FieldKey.CURRENCY).box()).isNotNull();
      assertThat(truth.lineItems()).hasSameSizeAs(spec.items());
    }
    assertThat(words).isGreaterThan(designs.size() * 50);
    assertThat((double) missing / words).as(report.toString()).isLessThanOrEqualTo(0.01);
  }

  @Test
  void sameSpecRendersToTheSameBytes() {
    InvoiceSpec spec = GENERATOR.generate(3, 1);
    Design design = Designs.byId("d02-banner");
    InvoiceRenderer.Rendered a = RENDERER.render(spec, design, "x");
    InvoiceRenderer.Rendered b = new InvoiceRenderer(FONTS).render(spec, design, "x");
    assertThat(a.pdf()).isEqualTo(b.pdf());
    assertThat(TruthJson.toBytes(a.truth())).isEqualTo(TruthJson.toBytes(b.truth()));
  }

  @Test
  void longInvoicesContinueWithTheTableHeaderRepeated() throws Exception {
    InvoiceSpec spec = null;
    for (int i = 0; spec == null; i++) {
      InvoiceSpec s = GENERATOR.generate(17, i, "de-DE");
      if (s.items().size() >= 35) {
        spec = s;
      }
    }
    InvoiceRenderer.Rendered r = RENDERER.render(spec, Designs.byId("d01-classic"), "long");
    Truth truth = r.truth();
    assertThat(truth.pages()).hasSizeGreaterThanOrEqualTo(2);
    List<Truth.RegionTruth> tables =
        truth.regions().stream().filter(g -> g.type() == RegionType.TABLE).toList();
    assertThat(tables).extracting(Truth.RegionTruth::page).contains(0, 1);
    for (Truth.RegionTruth table : tables) {
      assertThat(table.rows().get(0).header()).isTrue();
    }
    assertThat(truth.regions()).anyMatch(g -> g.type() == RegionType.PAGE_HEADER && g.page() == 1);
    String description = spec.label(Label.DESCRIPTION).split(" ")[0];
    List<List<Word>> read = ReadBack.words(r.pdf());
    assertThat(read.get(1)).extracting(Word::text).contains(description);
    assertThat(truth.lineItems()).anyMatch(item -> item.page() == 1);
    assertThat(ReadBack.unmatched(truth, read)).isEmpty();
  }

  @Test
  void missingTrueTypeFilesFallBackToTheStandard14() throws Exception {
    try (FontLibrary none = new FontLibrary(Path.of("/nonexistent-recto-fonts"))) {
      InvoiceSpec spec = GENERATOR.generate(8, 2, "fr-FR");
      InvoiceRenderer.Rendered r =
          new InvoiceRenderer(none).render(spec, Designs.byId("d03-letterhead"), "fallback");
      assertThat(r.truth().fonts()).allMatch(f -> f.startsWith("Times"));
      assertThat(ReadBack.unmatched(r.truth(), ReadBack.words(r.pdf()))).isEmpty();
    }
  }
}
