package dev.recto.extraction.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentagesAndIdsTest {

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "19 %     | 0.19",
        "19%      | 0.19",
        "19,0%    | 0.19",
        "19.00 %  | 0.19",
        "7.5%     | 0.075",
        "7,5 %    | 0.075",
        "0%       | 0",
        "100 %    | 1",
        "-5 %     | -0.05",
        "2,75％   | 0.0275",
        "'  10% ' | 0.1",
      })
  void parsesPercentagesAsFractions(String text, String fraction) {
    assertThat(Percentages.parse(text)).contains(new BigDecimal(fraction));
  }

  @ParameterizedTest
  @ValueSource(strings = {"19", "% 19", "101 %", "1,234.5%", "abc%", "", "19 % x"})
  void rejectsNonPercentages(String text) {
    assertThat(Percentages.parse(text)).isEmpty();
  }

  @Test
  void findsPercentagesInText() {
    assertThat(Percentages.findAll("MwSt. 19 % auf 100,00 und 7% auf 50"))
        .extracting(Match::value)
        .containsExactly(new BigDecimal("0.19"), new BigDecimal("0.07"));
  }

  @ParameterizedTest
  @CsvSource({
    "INV-2024-0042, true",
    "10234, true",
    "RE/2024/117, true",
    "F2024.001, true",
    "#4711, true",
    "A1, true",
    "2024_07_001, true",
    "42, false",
    "05.03.2024, false",
    "2024-03-05, false",
    "'1.234,56', false",
    "$12.00, false",
    "12.50, false",
    "19%, false",
    "Invoice, false",
    "INV--12, false",
    "-12, false",
    "INV 12, false",
    "DE136695976, false",
    "12-3456789, false",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ123456, false",
  })
  void invoiceNumbers(String text, boolean expected) {
    assertThat(DocumentIds.looksLikeInvoiceNumber(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "PO-7781, true",
    "45, true",
    "4500012345, true",
    "05/03/2024, false",
    "USD 45.00, false",
    "PO, false",
  })
  void purchaseOrders(String text, boolean expected) {
    assertThat(DocumentIds.looksLikePurchaseOrder(text)).isEqualTo(expected);
  }

  @Test
  void nullsAreNothing() {
    assertThat(DocumentIds.looksLikeInvoiceNumber(null)).isFalse();
    assertThat(Percentages.parse(null)).isEmpty();
    assertThat(Percentages.findAll(null)).isEmpty();
    assertThat(VatNumbers.parse(null)).isEmpty();
    assertThat(Bics.isValid(null)).isFalse();
  }
}
