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

  /**
   * Every design renders, twice, in locales rotating through all seven, and its truth words are
   * where the reader finds them.
   */
  @Test
  void everyDesignRendersAndItsWordsReadBackAtTheirBoxes() throws Exception {
    List<Design> designs = Designs.all();
    int words = 0;
    int missing = 0;
    StringBuilder report = new StringBuilder();
    for (int n = 0; n < designs.size() * 2; n++) {
      int i = n % designs.size();
      String locale = SynthLocales.IDS.get(n % SynthLocales.IDS.size());
      InvoiceSpec spec = GENERATOR.generate(99, n, locale);
      Design design = designs.get(i);
      InvoiceRenderer.Rendered r = RENDERER.render(spec, design, "t" + n);
      Truth truth = r.truth();
      List<String> unmatched = ReadBack.unmatched(truth, ReadBack.words(r.pdf()));
      words += truth.words().size();
      missing += unmatched.size();
      if (!unmatched.isEmpty()) {
        report
            .append(design.id())
            .append(' ')
            .append(locale)
            .append(": ")
            .append(unmatched.subList(0, Math.min(5, unmatched.size())))
            .append('\n');
      }
      assertThat(truth.designId()).isEqualTo(design.id());
      assertElementsRecorded(design, spec, truth);
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
    assertThat(words).isGreaterThan(designs.size() * 100);
    assertThat(missing).as(report.toString()).isZero();
  }

  /** What a design draws beyond the common blocks is in the truth with its region class. */
  private static void assertElementsRecorded(Design design, InvoiceSpec spec, Truth truth) {
    List<RegionType> types = truth.regions().stream().map(Truth.RegionTruth::type).toList();
    if (design.shipTo()) {
      assertThat(truth.fields().get(FieldKey.SHIPPING_ADDRESS).box()).as(design.id()).isNotNull();
      assertThat(types.stream().filter(t -> t == RegionType.CUSTOMER_BLOCK)).hasSize(2);
    } else {
      assertThat(truth.fields().get(FieldKey.SHIPPING_ADDRESS).box()).as(design.id()).isNull();
    }
    if (design.logo() != Design.Logo.NONE) {
      assertThat(types).as(design.id()).contains(RegionType.FIGURE);
    }
    if (design.notes() != Design.Notes.NONE) {
      String heading = spec.label(Label.NOTES).split(" ")[0];
      assertThat(truth.words())
          .as(design.id())
          .anyMatch(
              w ->
                  w.text().equals(heading)
                      && truth.regions().get(w.region()).type() == RegionType.TEXT);
    }
    if (design.stamp() != Design.Stamp.NONE) {
      Label label = design.stamp() == Design.Stamp.PAID ? Label.STAMP_PAID : Label.STAMP_COPY;
      String word = spec.label(label).split(" ")[0];
      // A stamp that does not fit above the footer is left out.
      truth.words().stream()
          .filter(w -> w.text().equals(word))
          .forEach(
              w ->
                  assertThat(truth.regions().get(w.region()).type())
                      .as(design.id())
                      .isEqualTo(RegionType.FIGURE));
    }
    if (design.payment() == Design.Payment.SIDEBAR || design.header() == Design.Header.SIDEBAR) {
      double sidebar = 0.3;
      Truth.RegionTruth vendor =
          truth.regions().stream()
              .filter(g -> g.type() == RegionType.VENDOR_BLOCK)
              .findFirst()
              .orElseThrow();
      assertThat(vendor.box().right()).as(design.id()).isLessThan(sidebar);
    }
  }

  @Test
  void catalogueHasFortyDesignsWithStableUniqueIds() {
    List<String> ids = Designs.all().stream().map(Design::id).toList();
    assertThat(ids).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
    assertThat(ids.subList(0, 9))
        .containsExactly(
            "d01-classic",
            "d02-banner",
            "d03-letterhead",
            "d04-meta-row",
            "d05-typewriter",
            "d06-condensed",
            "d07-helvetica-band",
            "d08-times",
            "d09-courier-ledger");
    for (int i = 0; i < ids.size(); i++) {
      assertThat(ids.get(i)).startsWith(String.format("d%02d-", i + 1));
    }
  }

  /** Long invoices continue on page 2 with the table header repeated in every kind of layout. */
  @Test
  void longInvoicesContinueInSidebarAndBandLayouts() throws Exception {
    InvoiceSpec spec = null;
    for (int i = 0; spec == null; i++) {
      InvoiceSpec s = GENERATOR.generate(21, i, "fr-FR");
      if (s.items().size() >= 35) {
        spec = s;
      }
    }
    for (String id : List.of("d10-sidebar-lato", "d15-band-totals", "d34-condensed-in-table")) {
      InvoiceRenderer.Rendered r = RENDERER.render(spec, Designs.byId(id), "long");
      Truth truth = r.truth();
      assertThat(truth.pages()).as(id).hasSizeGreaterThanOrEqualTo(2);
      List<Truth.RegionTruth> tables =
          truth.regions().stream().filter(g -> g.type() == RegionType.TABLE).toList();
      assertThat(tables).extracting(Truth.RegionTruth::page).contains(0, 1);
      assertThat(tables).allMatch(t -> t.rows().get(0).header());
      assertThat(ReadBack.unmatched(truth, ReadBack.words(r.pdf()))).as(id).isEmpty();
    }
  }

  @Test
  void sameSpecRendersToTheSameBytes() {
    InvoiceSpec spec = GENERATOR.generate(3, 1);
    // Vector logo; raster logo and turned stamp; sidebar with raster logo.
    for (String id : List.of("d02-banner", "d14-paid-stamp", "d20-sidebar-grid-paid")) {
      Design design = Designs.byId(id);
      InvoiceRenderer.Rendered a = RENDERER.render(spec, design, "x");
      InvoiceRenderer.Rendered b = new InvoiceRenderer(FONTS).render(spec, design, "x");
      assertThat(a.pdf()).as(id).isEqualTo(b.pdf());
      assertThat(TruthJson.toBytes(a.truth())).isEqualTo(TruthJson.toBytes(b.truth()));
    }
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
      // Every design still reads back; Liberation comes from the class path, not the folder.
      for (Design design : Designs.all()) {
        InvoiceRenderer.Rendered d = new InvoiceRenderer(none).render(spec, design, "fallback");
        assertThat(ReadBack.unmatched(d.truth(), ReadBack.words(d.pdf())))
            .as(design.id())
            .isEmpty();
        if (design.font().name().startsWith("LIBERATION")) {
          assertThat(d.truth().fonts()).allMatch(f -> f.startsWith("Liberation"));
        }
      }
    }
  }
}
