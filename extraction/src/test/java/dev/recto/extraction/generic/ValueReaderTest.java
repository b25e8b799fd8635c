package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Word;
import dev.recto.extraction.parse.DateOrder;
import dev.recto.extraction.parse.DateParser;
import dev.recto.extraction.parse.MoneyParser;
import dev.recto.extraction.parse.NumberConvention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueReaderTest {

  private final ValueReader reader =
      new ValueReader(new MoneyParser(NumberConvention.DOT), new DateParser(DateOrder.DMY));

  private static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    int i = 0;
    for (String w : text.split(" ")) {
      BoundingBox box = new BoundingBox(0.3 + 0.05 * i, 0.1, 0.34 + 0.05 * i, 0.11);
      out.add(new Word(w, box, 1.0, 10, new Provenance(0, box, "test", "test", "1")));
      i++;
    }
    return out;
  }

  private Optional<String> read(FieldKey key, String text) {
    return reader.read(key, words(text)).map(FieldValue::value);
  }

  @Test
  void aBritishVatNumberWhoseLastSpaceOcrLostIsReadWhole() {
    assertThat(read(FieldKey.VENDOR_TAX_ID, "GB740 572890")).contains("GB740572890");
    assertThat(read(FieldKey.CUSTOMER_TAX_ID, "GB779 0007 26")).contains("GB779000726");
    // not more groups than the format holds
    assertThat(read(FieldKey.VENDOR_TAX_ID, "GB740 5728 90 2024")).contains("GB740572890");
  }

  @Test
  void aDecimalCommaReadAsAPointIsAnAmountOnACommaPage() {
    ValueReader comma =
        new ValueReader(new MoneyParser(NumberConvention.COMMA), new DateParser(DateOrder.DMY));
    Optional<FieldValue> v = comma.read(FieldKey.SUB_TOTAL, words("797.84 €"));
    assertThat(v.map(FieldValue::value)).contains("797.84");
    assertThat(v.map(FieldValue::rawText)).contains("797.84 €");
    // a real thousands point stays one, and a point page reads points as it always did
    assertThat(comma.read(FieldKey.SUB_TOTAL, words("1.797,84 €")).map(FieldValue::value))
        .contains("1797.84");
    assertThat(comma.read(FieldKey.SUB_TOTAL, words("1.797.84 €"))).isEmpty();
    assertThat(comma.read(FieldKey.SUB_TOTAL, words("20549.74 €")).map(FieldValue::value))
        .contains("20549.74");
    assertThat(read(FieldKey.SUB_TOTAL, "797.84")).contains("797.84");
  }

  @Test
  void anIbanWithALetterInItsCheckDigitsIsRead() {
    assertThat(read(FieldKey.IBAN, "FRO9 5165 9673 5604 5304 6W57 081"))
        .contains("FR0951659673560453046W57081");
  }

  @Test
  void aDateWhoseYearOcrGluedToTheTimeIsStillRead() {
    assertThat(read(FieldKey.INVOICE_DATE, ": 25/12/20188: 13:39 PM")).contains("2018-12-25");
    assertThat(read(FieldKey.INVOICE_DATE, "25/12/2018 8:13:39 PM")).contains("2018-12-25");
    assertThat(read(FieldKey.INVOICE_DATE, "25/12/201813")).isEmpty();
  }
}
