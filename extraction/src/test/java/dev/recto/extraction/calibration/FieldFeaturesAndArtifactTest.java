package dev.recto.extraction.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Document;
import dev.recto.core.model.InputFormat;
import dev.recto.core.model.Page;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.TextSource;
import dev.recto.core.model.Word;
import dev.recto.extraction.check.CrossChecker;
import dev.recto.extraction.check.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldFeaturesAndArtifactTest {

  private static final String IBAN = "DE89370400440532013000";

  private static Word word(String text, double left, double top, double conf) {
    BoundingBox box = new BoundingBox(left, top, left + 0.1, top + 0.02);
    return new Word(text, box, conf, 10, new Provenance(0, box, "fake-ocr", "fake", "1"));
  }

  private static ExtractedField field(String value, Word w, double score, String extractor) {
    return new ExtractedField(value, null, value, score, score, List.of(w.provenance()), extractor);
  }

  private static final Word IBAN_WORD = word(IBAN, 0.1, 0.1, 0.6);
  private static final Word SUB = word("100.00", 0.5, 0.5, 0.9);
  private static final Word TAX = word("19.00", 0.5, 0.55, 0.8);
  private static final Word TOTAL = word("120.00", 0.5, 0.6, 1.0);
  private static final Document DOC =
      new Document(
          "t.png",
          InputFormat.PNG,
          List.of(
              Page.of(0, 595, 842, 0, 300, TextSource.OCR, List.of(IBAN_WORD, SUB, TAX, TOTAL))));
  private static final InvoiceFields FIELDS =
      new InvoiceFields(
          Map.of(
              FieldKey.IBAN, field(IBAN, IBAN_WORD, 0.7, "recto-generic"),
              FieldKey.SUB_TOTAL, field("100.00", SUB, 0.8, "recto-generic"),
              FieldKey.TOTAL_TAX, field("19.00", TAX, 0.8, "recto-generic"),
              FieldKey.INVOICE_TOTAL, field("120.00", TOTAL, 0.9, "template:acme")),
          List.of());

  @Test
  void agreementComesFromTheOtherExtractorsAlternatives() {
    ExtractedField template = field("120.00", TOTAL, 0.9, "templates:acme");
    InvoiceFields agreed =
        new InvoiceFields(
            Map.of(FieldKey.INVOICE_TOTAL, template),
            List.of(),
            Map.of(),
            Map.of(FieldKey.INVOICE_TOTAL, List.of(field("120.0", TOTAL, 0.6, "recto-generic"))));
    FieldFeatures a = FieldFeatures.of(DOC, agreed, FieldKey.INVOICE_TOTAL);
    assertThat(a.agreed()).isTrue();
    assertThat(a.disputed()).isFalse();
    InvoiceFields disputed =
        new InvoiceFields(
            Map.of(FieldKey.INVOICE_TOTAL, template),
            List.of(),
            Map.of(),
            Map.of(FieldKey.INVOICE_TOTAL, List.of(field("100.00", SUB, 0.6, "recto-generic"))));
    FieldFeatures d = FieldFeatures.of(DOC, disputed, FieldKey.INVOICE_TOTAL);
    assertThat(d.agreed()).isFalse();
    assertThat(d.disputed()).isTrue();
    int at = FieldFeatures.NAMES.indexOf("disputed");
    assertThat(d.vector()[at]).isEqualTo(1);
    assertThat(a.vector()[at]).isEqualTo(0);
    // the template's score is its own feature; a generic field's is 0 there
    int ts = FieldFeatures.NAMES.indexOf("templateScore");
    assertThat(a.vector()[ts]).isEqualTo(0.9);
    assertThat(FieldFeatures.of(DOC, FIELDS, FieldKey.IBAN).vector()[ts]).isEqualTo(0);
  }

  @Test
  void labelDistanceIsTheGapToTheNearestPrintedLabelInValueHeights() {
    // "Total" ends at x = 0.4 (238 pt); the value starts 0.5 (297.5 pt): 59.5 pt gap, 16.84 pt high
    Word label = word("Total", 0.3, 0.6, 1.0);
    Word value = word("120.00", 0.5, 0.6, 1.0);
    Word far = word("120.00", 0.5, 0.9, 1.0);
    Document doc =
        new Document(
            "t.pdf",
            InputFormat.PDF,
            List.of(Page.of(0, 595, 842, 0, 0, TextSource.TEXT_LAYER, List.of(label, value, far))));
    InvoiceFields near =
        new InvoiceFields(
            Map.of(FieldKey.INVOICE_TOTAL, field("120.00", value, 0.9, "recto-generic")),
            List.of());
    FieldFeatures n = FieldFeatures.of(doc, near, FieldKey.INVOICE_TOTAL);
    assertThat(n.labelled()).isTrue();
    assertThat(n.labelDistance()).isCloseTo(0.1 * 595 / (0.02 * 842), offset(1e-9));
    InvoiceFields away =
        new InvoiceFields(
            Map.of(FieldKey.INVOICE_TOTAL, field("120.00", far, 0.9, "recto-generic")), List.of());
    assertThat(FieldFeatures.of(doc, away, FieldKey.INVOICE_TOTAL).labelDistance())
        .isGreaterThan(n.labelDistance() * 3);
    // no IBAN label printed: missing; a vendor name has no label at all: not labelled, not missing
    FieldFeatures iban = FieldFeatures.of(DOC, FIELDS, FieldKey.IBAN);
    assertThat(iban.labelDistance()).isNaN();
    assertThat(iban.vector()[FieldFeatures.NAMES.indexOf("labelMissing")]).isEqualTo(1);
    InvoiceFields vendor =
        new InvoiceFields(
            Map.of(FieldKey.VENDOR_NAME, field("Acme", value, 0.9, "recto-generic")), List.of());
    FieldFeatures v = FieldFeatures.of(doc, vendor, FieldKey.VENDOR_NAME);
    assertThat(v.labelled()).isFalse();
    assertThat(v.vector()[FieldFeatures.NAMES.indexOf("labelMissing")]).isEqualTo(0);
  }

  @Test
  void regionFitSaysWhetherTheValueLiesWhereItsFieldBelongs() {
    Provenance layout = new Provenance(0, new BoundingBox(0, 0, 1, 1), "recto-layout", "m", "1");
    Page page =
        Page.of(0, 595, 842, 0, 300, TextSource.OCR, List.of(IBAN_WORD, SUB, TAX, TOTAL))
            .withRegions(
                List.of(
                    new dev.recto.core.model.Region(
                        dev.recto.core.model.RegionType.TOTALS_BLOCK,
                        new BoundingBox(0.4, 0.45, 0.7, 0.65),
                        0.9,
                        layout),
                    new dev.recto.core.model.Region(
                        dev.recto.core.model.RegionType.VENDOR_BLOCK,
                        new BoundingBox(0.05, 0.05, 0.3, 0.15),
                        0.9,
                        layout)));
    Document doc = new Document("t.png", InputFormat.PNG, List.of(page));
    assertThat(FieldFeatures.of(doc, FIELDS, FieldKey.INVOICE_TOTAL).region())
        .isEqualTo(RegionFit.EXPECTED);
    assertThat(FieldFeatures.of(doc, FIELDS, FieldKey.IBAN).region()).isEqualTo(RegionFit.OTHER);
    assertThat(FieldFeatures.of(DOC, FIELDS, FieldKey.IBAN).region()).isEqualTo(RegionFit.NONE);
  }

  @Test
  void featuresComeFromWordsParsersChecksAndTheExtractor() {
    var checks = new CrossChecker().check(FIELDS);
    FieldFeatures iban = FieldFeatures.of(DOC, FIELDS, FieldKey.IBAN);
    assertThat(iban.rawScore()).isEqualTo(0.7);
    assertThat(iban.meanWordConfidence()).isCloseTo(0.6, offset(1e-12));
    assertThat(iban.parse()).isEqualTo(Verdict.PASSED);
    assertThat(iban.ocr()).isTrue();
    assertThat(iban.template()).isFalse();
    assertThat(iban.plausible()).isTrue();

    // 100 + 19 != 120: the total check fails and touches the three amounts.
    FieldFeatures total = FieldFeatures.of(DOC, FIELDS, FieldKey.INVOICE_TOTAL);
    assertThat(total.checksFailed()).isEqualTo(1);
    assertThat(total.template()).isTrue();
    assertThat(total.vector()).hasSize(FieldFeatures.NAMES.size());

    InvoiceFields badIban =
        new InvoiceFields(
            Map.of(FieldKey.IBAN, field("DE89370400440532013001", IBAN_WORD, 0.7, "recto-generic")),
            List.of());
    assertThat(FieldFeatures.of(DOC, badIban, FieldKey.IBAN).parse()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void reviewedTruthLabelsAcceptedRightCorrectedAndAbsentWrongAndSkipsTheRest() {
    // As a review export says it: total accepted, tax corrected, IBAN "not on the document";
    // the sub-total was never reviewed.
    var truth =
        new dev.recto.extraction.eval.FieldTruth(
            "reviewed",
            Map.of(FieldKey.INVOICE_TOTAL, "120.00", FieldKey.TOTAL_TAX, "20.00"),
            java.util.Set.of(),
            List.of(),
            false,
            List.of(),
            java.util.Set.of(FieldKey.IBAN));
    Map<FieldKey, Boolean> labels = new java.util.EnumMap<>(FieldKey.class);
    for (LabeledField l : LabeledField.of(DOC, FIELDS, truth)) {
      labels.put(l.key(), l.correct());
    }
    assertThat(labels)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                FieldKey.INVOICE_TOTAL, true,
                FieldKey.TOTAL_TAX, false,
                FieldKey.IBAN, false));
  }

  @Test
  void implausibleDatesAndAmountsAreFlagged() {
    Word w = word("x", 0.1, 0.1, 1);
    InvoiceFields f =
        new InvoiceFields(
            Map.of(
                FieldKey.INVOICE_DATE, field("1899-01-01", w, 0.5, "recto-generic"),
                FieldKey.DUE_DATE, field("2024-03-05", w, 0.5, "recto-generic"),
                FieldKey.AMOUNT_DUE, field("12345678901.00", w, 0.5, "recto-generic")),
            List.of());
    var checks = new CrossChecker().check(f);
    assertThat(FieldFeatures.of(DOC, f, FieldKey.INVOICE_DATE).plausible()).isFalse();
    assertThat(FieldFeatures.of(DOC, f, FieldKey.DUE_DATE).plausible()).isTrue();
    assertThat(FieldFeatures.of(DOC, f, FieldKey.AMOUNT_DUE).plausible()).isFalse();
  }

  /** 300 money fields: raw score 0.9 right 95%, raw score 0.5 right 50%, failed checks wrong. */
  private static List<LabeledField> examples() {
    List<LabeledField> out = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      double raw = i % 2 == 0 ? 0.9 : 0.5;
      boolean right = raw == 0.9 ? i % 20 != 0 : i % 4 == 1;
      int failed = right ? 0 : (i % 3 == 0 ? 1 : 0);
      FieldFeatures f =
          new FieldFeatures(
              raw,
              1,
              1,
              Verdict.PASSED,
              0,
              failed,
              false,
              true,
              false,
              false,
              false,
              Double.NaN,
              false,
              RegionFit.NONE);
      out.add(new LabeledField("d" + i, FieldKey.INVOICE_TOTAL, f, raw, right));
    }
    return out;
  }

  @Test
  void fittedArtifactRoundTripsThroughJsonAndCalibrates() throws Exception {
    for (CalibrationMethod m : CalibrationMethod.values()) {
      CalibrationArtifact a = CalibrationFitter.fit(examples(), m, "hand-made", 300);
      assertThat(a.groups()).containsKeys("InvoiceTotal", "MONEY", "*");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      a.write(out);
      CalibrationArtifact back =
          CalibrationArtifact.read(new ByteArrayInputStream(out.toByteArray()), "mem");
      assertThat(back.method()).isEqualTo(m);
      assertThat(back.fields()).isEqualTo(300);
      for (LabeledField e : examples().subList(0, 6)) {
        assertThat(back.probability(e.key(), e.features()))
            .as(m.id())
            .isCloseTo(a.probability(e.key(), e.features()), offset(1e-5));
      }
      // Mean confidence on the fitting data is close to the accuracy.
      double mean =
          examples().stream()
              .mapToDouble(e -> a.probability(e.key(), e.features()))
              .average()
              .orElseThrow();
      double acc = examples().stream().filter(LabeledField::correct).count() / 300.0;
      assertThat(mean).as(m.id()).isCloseTo(acc, offset(0.02));
    }
  }

  @Test
  void calibratorReplacesConfidenceOnly() {
    CalibrationArtifact a =
        CalibrationFitter.fit(examples(), CalibrationMethod.LOGISTIC_ISOTONIC, "hand-made", 300);
    InvoiceFields out = new ArtifactCalibrator("t", a).calibrate(DOC, FIELDS);
    ExtractedField total = out.get(FieldKey.INVOICE_TOTAL).orElseThrow();
    assertThat(total.value()).isEqualTo("120.00");
    assertThat(total.rawScore()).isEqualTo(0.9);
    assertThat(total.confidence()).isNotEqualTo(0.9).isBetween(0.0, 1.0);
    assertThat(out.fields().keySet()).isEqualTo(FIELDS.fields().keySet());
  }

  @Test
  void unknownSchemaVersionIsRejected() {
    String json = "{\"schemaVersion\": 2, \"method\": \"platt\", \"features\": [], \"groups\": {}}";
    assertThatThrownBy(
            () -> CalibrationArtifact.read(new ByteArrayInputStream(json.getBytes()), "x.json"))
        .hasMessageContaining("x.json")
        .hasMessageContaining("schema version 2");
  }

  @Test
  void theShippedArtifactLoads() {
    CalibrationArtifact a = DefaultCalibratorProvider.defaultArtifact();
    assertThat(a.schemaVersion()).isEqualTo(CalibrationArtifact.SCHEMA_VERSION);
    assertThat(a.fields()).isPositive();
  }
}
