package dev.recto.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import dev.recto.core.process.ProcessingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouterTest {

  static ExtractedField field(String value, double confidence, Provenance... where) {
    return new ExtractedField(value, null, value, confidence, confidence, List.of(where), "test");
  }

  static Provenance at(int page, double l, double t, double r, double b) {
    return new Provenance(page, new BoundingBox(l, t, r, b), "pdfbox-text-layer", "pdfbox", "3");
  }

  @Test
  void fieldsBelowTheirThresholdBecomeTasksWithTheirBox() {
    InvoiceFields invoice =
        new InvoiceFields(
            Map.of(
                FieldKey.INVOICE_TOTAL,
                field("4.10", 0.80, at(1, 0.7, 0.8, 0.75, 0.82), at(1, 0.76, 0.8, 0.8, 0.83)),
                FieldKey.INVOICE_ID,
                field("A-17", 0.97, at(0, 0.1, 0.1, 0.2, 0.12))),
            List.of());
    Router router =
        new Router(
            FieldThresholds.of(Map.of(FieldKey.INVOICE_TOTAL, 0.9), 0.95),
            Set.of(FieldKey.INVOICE_TOTAL, FieldKey.DUE_DATE));

    RoutingDecision d = router.route("inv-1", invoice, "/in/inv-1.pdf");

    assertThat(d.autoAccepted()).isFalse();
    assertThat(d.accepted()).containsExactly(FieldKey.INVOICE_ID);
    assertThat(d.review()).hasSize(2);
    NewTask total =
        d.review().stream().filter(t -> t.field() == FieldKey.INVOICE_TOTAL).findFirst().get();
    assertThat(total.pageIndex()).isEqualTo(1);
    assertThat(total.box()).isEqualTo(new BoundingBox(0.7, 0.8, 0.8, 0.83));
    assertThat(total.proposedValue()).isEqualTo("4.10");
    NewTask due = d.review().stream().filter(t -> t.field() == FieldKey.DUE_DATE).findFirst().get();
    assertThat(due.proposedValue()).isEmpty();
    assertThat(due.boxIfPresent()).isEmpty();
  }

  @Test
  void confidentDocumentIsAutoAccepted() {
    InvoiceFields invoice =
        new InvoiceFields(
            Map.of(FieldKey.INVOICE_TOTAL, field("4.10", 0.99, at(0, 0.7, 0.8, 0.75, 0.82))),
            List.of());
    RoutingDecision d =
        new Router(FieldThresholds.uniform(0.95), Set.of()).route("inv-1", invoice, "x.pdf");
    assertThat(d.autoAccepted()).isTrue();
    assertThat(d.accepted()).containsExactly(FieldKey.INVOICE_TOTAL);
  }

  @Test
  void thresholdFromTargetPrecisionIsTheLowestThatKeepsPrecision() {
    List<LabeledScore> scores = new ArrayList<>();
    // 0.9 and above: 20 right. 0.8: 10 right, 1 wrong. 0.5: 5 right, 5 wrong.
    for (int i = 0; i < 20; i++) {
      scores.add(new LabeledScore(FieldKey.INVOICE_TOTAL, 0.9 + i * 0.004, true));
    }
    for (int i = 0; i < 10; i++) {
      scores.add(new LabeledScore(FieldKey.INVOICE_TOTAL, 0.8, true));
    }
    scores.add(new LabeledScore(FieldKey.INVOICE_TOTAL, 0.8, false));
    for (int i = 0; i < 10; i++) {
      scores.add(new LabeledScore(FieldKey.INVOICE_TOTAL, 0.5, i % 2 == 0));
    }
    scores.add(new LabeledScore(FieldKey.INVOICE_ID, 0.2, true));

    FieldThresholds at99 = FieldThresholds.forTargetPrecision(0.99, scores, 5);
    FieldThresholds at95 = FieldThresholds.forTargetPrecision(0.95, scores, 5);
    FieldThresholds at80 = FieldThresholds.forTargetPrecision(0.80, scores, 5);

    assertThat(at99.threshold(FieldKey.INVOICE_TOTAL)).isEqualTo(0.9);
    assertThat(at95.threshold(FieldKey.INVOICE_TOTAL)).isEqualTo(0.8); // 30/31 = 0.968
    assertThat(at80.threshold(FieldKey.INVOICE_TOTAL)).isEqualTo(0.5); // 35/41 = 0.854
    // Too few scores for InvoiceId: the target itself, right for calibrated confidences.
    assertThat(at99.threshold(FieldKey.INVOICE_ID)).isEqualTo(0.99);
    assertThat(at99.accepts(FieldKey.INVOICE_TOTAL, 0.85)).isFalse();
    assertThat(at95.accepts(FieldKey.INVOICE_TOTAL, 0.85)).isTrue();
  }

  @Test
  void fieldThatNeverReachesTheTargetAlwaysGoesToReview() {
    List<LabeledScore> scores =
        List.of(
            new LabeledScore(FieldKey.IBAN, 0.9, false),
            new LabeledScore(FieldKey.IBAN, 0.7, true),
            new LabeledScore(FieldKey.IBAN, 0.6, false));
    FieldThresholds t = FieldThresholds.forTargetPrecision(0.9, scores, 1);
    assertThat(t.accepts(FieldKey.IBAN, 0.9)).isFalse();
  }

  @Test
  void thresholdsAreValidated() {
    assertThatThrownBy(() -> FieldThresholds.uniform(1.2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FieldThresholds.forTargetPrecision(0, List.of(), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void routesWhatRectoExtractsFromTheSampleInvoice() {
    ProcessingResult result = SampleInvoice.process();
    assertThat(result.invoice().fields()).isNotEmpty();

    RoutingDecision all =
        new Router(FieldThresholds.uniform(1.0), Set.of()).route("sample", result, "s.pdf");
    RoutingDecision none =
        new Router(FieldThresholds.uniform(0.0), Set.of()).route("sample", result, "s.pdf");

    assertThat(none.autoAccepted()).isTrue();
    assertThat(all.review().size() + all.accepted().size())
        .isEqualTo(result.invoice().fields().size());
    assertThat(all.review()).allSatisfy(t -> assertThat(t.boxIfPresent()).isPresent());
  }
}
