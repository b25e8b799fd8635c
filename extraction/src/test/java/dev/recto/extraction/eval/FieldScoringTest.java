package dev.recto.extraction.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.FieldType;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldScoringTest {

  private static ExtractedField f(String value) {
    Provenance p = new Provenance(0, new BoundingBox(0, 0, 0.1, 0.1), "t", "t", "1");
    return new ExtractedField(value, null, value, 1, 1, List.of(p), "test");
  }

  @Test
  void comparesPerType() {
    assertThat(FieldComparison.matches(FieldType.MONEY, "4.1", "4.10")).isTrue();
    assertThat(FieldComparison.matches(FieldType.MONEY, "4.11", "4.10")).isFalse();
    assertThat(FieldComparison.matches(FieldType.TEXT, "ACME  Ltd", "acme ltd")).isTrue();
    assertThat(FieldComparison.matches(FieldType.TEXT, "ACME, Ltd", "acme ltd")).isFalse();
    assertThat(FieldComparison.matches(FieldType.ADDRESS, "1 Road Leeds", "1 Road, Leeds"))
        .isTrue();
    assertThat(FieldComparison.matches(FieldType.IDENTIFIER, "GB099 0064 26", "GB099006426"))
        .isTrue();
    assertThat(FieldComparison.matches(FieldType.DATE, "2024-01-02", "2024-02-01")).isFalse();
    assertThat(FieldComparison.matches(FieldType.DATE, "2024-01-02", null)).isFalse();
  }

  @Test
  void readsBothTruthShapesAndRejectsUnknownFields() throws Exception {
    ObjectMapper m = new ObjectMapper();
    FieldTruth plain =
        FieldTruthReader.fromTree(
            "a",
            m.readTree(
                "{\"fields\":{\"InvoiceTotal\":\"4.11\"},\"lineItems\":[{\"Amount\":\"4.11\"}]}"));
    assertThat(plain.fields()).containsEntry(FieldKey.INVOICE_TOTAL, "4.11");
    assertThat(plain.lineItems()).containsExactly(Map.of(LineItemKey.AMOUNT, "4.11"));
    assertThat(plain.exhaustive()).isTrue();
    assertThat(
            FieldTruthReader.fromTree(
                    "p", m.readTree("{\"exhaustive\":false,\"fields\":{\"InvoiceTotal\":\"1\"}}"))
                .exhaustive())
        .isFalse();
    FieldTruth synth =
        FieldTruthReader.fromTree(
            "b",
            m.readTree(
                "{\"designId\":\"d01\",\"locale\":\"de-DE\",\"fields\":{"
                    + "\"TotalTax\":{\"value\":\"5.00\",\"raw\":null},"
                    + "\"InvoiceId\":{\"value\":\"A-1\",\"raw\":\"A-1\"},"
                    + "\"DueDate\":{\"value\":null,\"raw\":null}},"
                    + "\"lineItems\":[{\"cells\":{\"Amount\":{\"value\":\"1.00\",\"raw\":\"1,00\"},"
                    + "\"Unit\":{\"value\":\"pcs\",\"raw\":null}}}]}"));
    assertThat(synth.fields()).containsOnlyKeys(FieldKey.INVOICE_ID);
    assertThat(synth.unprinted()).containsExactly(FieldKey.TOTAL_TAX);
    assertThat(synth.lineItems()).containsExactly(Map.of(LineItemKey.AMOUNT, "1.00"));
    assertThat(synth.slices())
        .containsExactly("locale=de-DE", "design=d01", "degradation=born-digital");
    assertThatThrownBy(
            () -> FieldTruthReader.fromTree("c", m.readTree("{\"fields\":{\"Totl\":\"1\"}}")))
        .hasMessageContaining("Totl");
  }

  @Test
  void scoresRightWrongMissingExtraAndUnprintedFields() {
    FieldTruth truth =
        new FieldTruth(
            "doc",
            Map.of(
                FieldKey.INVOICE_ID, "A-1",
                FieldKey.INVOICE_TOTAL, "10.00",
                FieldKey.DUE_DATE, "2024-01-01"),
            java.util.Set.of(FieldKey.TOTAL_TAX),
            List.of(
                Map.of(LineItemKey.AMOUNT, "4.00", LineItemKey.DESCRIPTION, "Nails"),
                Map.of(LineItemKey.AMOUNT, "6.00")),
            true,
            List.of("locale=en-US"));
    InvoiceFields got =
        new InvoiceFields(
            Map.of(
                FieldKey.INVOICE_ID, f("A-1"),
                FieldKey.INVOICE_TOTAL, f("11.00"),
                FieldKey.TOTAL_TAX, f("1.00"),
                FieldKey.PURCHASE_ORDER, f("PO-9")),
            List.of(
                new LineItem(
                    Map.of(LineItemKey.AMOUNT, f("4.0"), LineItemKey.DESCRIPTION, f("nails"))),
                new LineItem(Map.of(LineItemKey.AMOUNT, f("7.00")))));
    DocumentScore s = DocumentScore.score(truth, got);
    assertThat(s.fields().get(FieldKey.INVOICE_ID)).isEqualTo(new Counts(1, 0, 0));
    assertThat(s.fields().get(FieldKey.INVOICE_TOTAL)).isEqualTo(new Counts(0, 1, 1));
    assertThat(s.fields().get(FieldKey.DUE_DATE)).isEqualTo(new Counts(0, 0, 1));
    assertThat(s.fields().get(FieldKey.PURCHASE_ORDER)).isEqualTo(new Counts(0, 1, 0));
    assertThat(s.fields()).doesNotContainKey(FieldKey.TOTAL_TAX);
    assertThat(s.micro()).isEqualTo(new Counts(1, 2, 2));
    assertThat(s.rows()).isEqualTo(new Counts(1, 1, 1));
    FieldReport r = new FieldReport(List.of(s, s));
    assertThat(r.micro().f1()).isEqualTo(2.0 * 2 / (2 * 2 + 4 + 4));
    assertThat(r.perSlice()).containsOnlyKeys("locale=en-US");
    assertThat(r.toMarkdown()).contains("| InvoiceId | 1.000 | 1.000 | 1.000 | 2 | 0 | 0 |");
    assertThat(r.misses()).contains("doc: InvoiceTotal: '11.00' instead of '10.00'");
  }

  @Test
  void partialTruthScoresAbsentFieldsAsWrongAndIgnoresUnlistedOnes() throws Exception {
    FieldTruth truth =
        FieldTruthReader.fromTree(
            "r",
            new ObjectMapper()
                .readTree(
                    "{\"exhaustive\":false,\"fields\":{\"InvoiceTotal\":\"4.11\"},"
                        + "\"absent\":[\"PurchaseOrder\"]}"));
    assertThat(truth.absent()).containsExactly(FieldKey.PURCHASE_ORDER);
    InvoiceFields got =
        new InvoiceFields(
            Map.of(
                FieldKey.INVOICE_TOTAL, f("4.11"),
                FieldKey.PURCHASE_ORDER, f("PO-9"),
                FieldKey.DUE_DATE, f("2024-01-01")),
            List.of());
    DocumentScore s = DocumentScore.score(truth, got);
    assertThat(s.fields().get(FieldKey.INVOICE_TOTAL)).isEqualTo(new Counts(1, 0, 0));
    assertThat(s.fields().get(FieldKey.PURCHASE_ORDER))
        .as("extracted where the reviewer said none is printed")
        .isEqualTo(new Counts(0, 1, 0));
    assertThat(s.fields()).as("not reviewed: not scored").doesNotContainKey(FieldKey.DUE_DATE);
    assertThatThrownBy(
            () ->
                FieldTruthReader.fromTree(
                    "x",
                    new ObjectMapper()
                        .readTree(
                            "{\"fields\":{\"InvoiceTotal\":\"1\"},\"absent\":[\"InvoiceTotal\"]}")))
        .hasMessageContaining("InvoiceTotal");
  }
}
