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
  void featuresComeFromWordsParsersChecksAndTheExtractor() {
    var checks = new CrossChecker().check(FIELDS);
    FieldFeatures iban = FieldFeatures.of(DOC, FIELDS, FieldKey.IBAN, checks);
    assertThat(iban.rawScore()).isEqualTo(0.7);
    assertThat(iban.meanWordConfidence()).isCloseTo(0.6, offset(1e-12));
    assertThat(iban.parse()).isEqualTo(Verdict.PASSED);
    assertThat(iban.ocr()).isTrue();
    assertThat(iban.template()).isFalse();
    assertThat(iban.plausible()).isTrue();

    // 100 + 19 != 120: the total check fails and touches the three amounts.
    FieldFeatures total = FieldFeatures.of(DOC, FIELDS, FieldKey.INVOICE_TOTAL, checks);
    assertThat(total.checksFailed()).isEqualTo(1);
    assertThat(total.template()).isTrue();
    assertThat(total.vector()).hasSize(FieldFeatures.NAMES.size());

    InvoiceFields badIban =
        new InvoiceFields(
            Map.of(FieldKey.IBAN, field("DE89370400440532013001", IBAN_WORD, 0.7, "recto-generic")),
            List.of());
    assertThat(
            FieldFeatures.of(DOC, badIban, FieldKey.IBAN, new CrossChecker().check(badIban))
                .parse())
        .isEqualTo(Verdict.FAILED);
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
    assertThat(FieldFeatures.of(DOC, f, FieldKey.INVOICE_DATE, checks).plausible()).isFalse();
    assertThat(FieldFeatures.of(DOC, f, FieldKey.DUE_DATE, checks).plausible()).isTrue();
    assertThat(FieldFeatures.of(DOC, f, FieldKey.AMOUNT_DUE, checks).plausible()).isFalse();
  }

  /** 300 money fields: raw score 0.9 right 95%, raw score 0.5 right 50%, failed checks wrong. */
  private static List<LabeledField> examples() {
    List<LabeledField> out = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      double raw = i % 2 == 0 ? 0.9 : 0.5;
      boolean right = raw == 0.9 ? i % 20 != 0 : i % 4 == 1;
      int failed = right ? 0 : (i % 3 == 0 ? 1 : 0);
      FieldFeatures f = new FieldFeatures(raw, 1, 1, Verdict.PASSED, 0, failed, false, true, false);
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
