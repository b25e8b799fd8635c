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
