package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Word;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TotalsResolverTest {

  private static Candidate total(String amount, double score) {
    BoundingBox box = new BoundingBox(0.5, 0.5, 0.6, 0.51);
    Word w = new Word(amount, box, 1.0, 10, new Provenance(0, box, "test", "test", "1"));
    return new Candidate(
        FieldKey.INVOICE_TOTAL, new FieldValue(amount, null, amount, List.of(w)), score);
  }

  /** A candidate for {@code key} read on the line whose top is {@code top} (page fraction). */
  private static Candidate at(FieldKey key, String amount, double top) {
    BoundingBox box = new BoundingBox(0.7, top, 0.8, top + 0.01);
    Word w = new Word(amount, box, 1.0, 10, new Provenance(0, box, "test", "test", "1"));
    return new Candidate(key, new FieldValue(amount, null, amount, List.of(w)), 0.9);
  }

  private static String value(Map<FieldKey, Candidate> chosen, FieldKey key) {
    Candidate c = chosen.get(key);
    return c == null ? null : c.value().value();
  }

  @Test
  void aNetTotalUnderTheTaxIsTheTotalWhenTheSumsSaySo() {
    // SubTotal 179.00, GST 10.74, Net Total 189.75 (rounded up a cent): both labels read as
    // subtotals, and no total label at all.
    Map<FieldKey, Candidate> chosen =
        TotalsResolver.choose(
            Map.of(
                FieldKey.SUB_TOTAL,
                List.of(
                    at(FieldKey.SUB_TOTAL, "179.00", 0.50), at(FieldKey.SUB_TOTAL, "189.75", 0.56)),
                FieldKey.TOTAL_TAX,
                List.of(at(FieldKey.TOTAL_TAX, "10.74", 0.52))));
    assertThat(value(chosen, FieldKey.SUB_TOTAL)).isEqualTo("179.00");
    assertThat(value(chosen, FieldKey.INVOICE_TOTAL)).isEqualTo("189.75");
  }

  @Test
  void aBritishNetTotalStaysTheSubtotalWhenATotalAddsUp() {
    Map<FieldKey, Candidate> chosen =
        TotalsResolver.choose(
            Map.of(
                FieldKey.SUB_TOTAL,
                List.of(at(FieldKey.SUB_TOTAL, "100.00", 0.50)),
                FieldKey.TOTAL_TAX,
                List.of(at(FieldKey.TOTAL_TAX, "20.00", 0.52)),
                FieldKey.INVOICE_TOTAL,
                List.of(at(FieldKey.INVOICE_TOTAL, "120.00", 0.54))));
    assertThat(value(chosen, FieldKey.SUB_TOTAL)).isEqualTo("100.00");
    assertThat(value(chosen, FieldKey.INVOICE_TOTAL)).isEqualTo("120.00");
  }

  @Test
  void aSubtotalWithoutAnyTaxIsTheTotalToo() {
    Map<FieldKey, Candidate> chosen =
        TotalsResolver.choose(
            Map.of(FieldKey.SUB_TOTAL, List.of(at(FieldKey.SUB_TOTAL, "28.60", 0.4))));
    assertThat(value(chosen, FieldKey.INVOICE_TOTAL)).isEqualTo("28.60");
    assertThat(value(chosen, FieldKey.SUB_TOTAL)).isEqualTo("28.60");
    assertThat(chosen.get(FieldKey.INVOICE_TOTAL).score())
        .isEqualTo(0.9 * TotalsResolver.SUBTOTAL_AS_TOTAL_FACTOR);
  }

  @Test
  void aNetTotalPrintedAfterItsTaxIsTheTotalAndNoSubtotal() {
    // SUB TOTAL misread, GST 19.47, then NET TOTAL 343.95 after a service charge
    Map<FieldKey, Candidate> chosen =
        TotalsResolver.choose(
            Map.of(
                FieldKey.SUB_TOTAL,
                List.of(at(FieldKey.SUB_TOTAL, "343.95", 0.72)),
                FieldKey.TOTAL_TAX,
                List.of(at(FieldKey.TOTAL_TAX, "19.47", 0.65))));
    assertThat(value(chosen, FieldKey.INVOICE_TOTAL)).isEqualTo("343.95");
    assertThat(chosen).doesNotContainKey(FieldKey.SUB_TOTAL);
  }

  @Test
  void aSubtotalWithATaxUnderItIsNoTotal() {
    Map<FieldKey, Candidate> chosen =
        TotalsResolver.choose(
            Map.of(
                FieldKey.SUB_TOTAL,
                List.of(at(FieldKey.SUB_TOTAL, "68.87", 0.50)),
                FieldKey.TOTAL_TAX,
                List.of(at(FieldKey.TOTAL_TAX, "4.13", 0.54))));
    assertThat(chosen).doesNotContainKey(FieldKey.INVOICE_TOTAL);
    assertThat(value(chosen, FieldKey.SUB_TOTAL)).isEqualTo("68.87");
  }

  @Test
  void aZeroTotalLosesToAnyOtherAmount() {
    Map<FieldKey, Candidate> chosen =
        TotalsResolver.choose(
            Map.of(FieldKey.INVOICE_TOTAL, List.of(total("0.00", 0.9), total("80.90", 0.6))));
    assertThat(chosen.get(FieldKey.INVOICE_TOTAL).value().value()).isEqualTo("80.90");
  }

  @Test
  void aZeroTotalStaysWhenItIsTheOnlyReading() {
    Map<FieldKey, Candidate> chosen =
        TotalsResolver.choose(Map.of(FieldKey.INVOICE_TOTAL, List.of(total("0.00", 0.9))));
    assertThat(chosen.get(FieldKey.INVOICE_TOTAL).value().value()).isEqualTo("0.00");
  }

  @Test
  void zerosLastKeepsTheOrderWithinEachGroup() {
    List<Candidate> in =
        List.of(total("0", 0.9), total("5.00", 0.8), total("0.00", 0.7), total("7.00", 0.6));
    assertThat(TotalsResolver.zerosLast(in))
        .extracting(c -> c.value().value())
        .containsExactly("5.00", "7.00", "0", "0.00");
  }
}
