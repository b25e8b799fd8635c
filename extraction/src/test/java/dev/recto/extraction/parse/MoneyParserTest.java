package dev.recto.extraction.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyParserTest {

  private static final MoneyParser DOT = new MoneyParser(NumberConvention.DOT);
  private static final MoneyParser COMMA = new MoneyParser(NumberConvention.COMMA);

  private static MoneyParser parser(String convention) {
    return convention.equals("DOT") ? DOT : COMMA;
  }

  @ParameterizedTest(name = "{0}: \"{1}\" -> {2} {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "DOT   | 12.00          | 12.00     | null",
        "DOT   | 1,234.56       | 1234.56   | null",
        "DOT   | 1,234,567.89   | 1234567.89| null",
        "DOT   | 1 234.56       | 1234.56   | null",
        "DOT   | 1'234.56       | 1234.56   | null",
        "DOT   | 1’234.56       | 1234.56   | null",
        "DOT   | 1,234          | 1234      | null",
        "DOT   | 1234           | 1234      | null",
        "DOT   | 0.50           | 0.50      | null",
        "DOT   | 12.5           | 12.5      | null",
        "DOT   | 0.1250         | 0.1250    | null",
        "DOT   | $12.00         | 12.00     | USD",
        "DOT   | $ 12.00        | 12.00     | USD",
        "DOT   | US$1,000.00    | 1000.00   | USD",
        "DOT   | CA$ 5.00       | 5.00      | CAD",
        "DOT   | USD 12.00      | 12.00     | USD",
        "DOT   | USD12.00       | 12.00     | USD",
        "DOT   | 12.00 USD      | 12.00     | USD",
        "DOT   | $12.00 USD     | 12.00     | USD",
        "DOT   | $12.00 CAD     | 12.00     | CAD",
        "DOT   | £1,234.50      | 1234.50   | GBP",
        "DOT   | ¥1,200         | 1200      | JPY",
        "DOT   | CHF 1'234.50   | 1234.50   | CHF",
        "DOT   | Fr. 12.50      | 12.50     | CHF",
        "DOT   | Fr. 12.–       | 12        | CHF",
        "DOT   | ₹ 1,500.00     | 1500.00   | INR",
        "DOT   | -12.00         | -12.00    | null",
        "DOT   | −12.00         | -12.00    | null",
        "DOT   | –12.00         | -12.00    | null",
        "DOT   | (12.00)        | -12.00    | null",
        "DOT   | 12.00-         | -12.00    | null",
        "DOT   | ($1,234.00)    | -1234.00  | USD",
        "DOT   | -$12.00        | -12.00    | USD",
        "DOT   | $-12.00        | -12.00    | USD",
        "DOT   | USD -12.00     | -12.00    | USD",
        "DOT   | '  12.00  '    | 12.00     | null",
        "COMMA | 12,00          | 12.00     | null",
        "COMMA | 1.234,56       | 1234.56   | null",
        "COMMA | 1 234,56       | 1234.56   | null",
        "COMMA | 1\u00A0234,56  | 1234.56   | null",
        "COMMA | 1\u202F234,56 €| 1234.56   | EUR",
        "COMMA | 1.234          | 1234      | null",
        "COMMA | 12,00 €        | 12.00     | EUR",
        "COMMA | 12,00€         | 12.00     | EUR",
        "COMMA | € 12,00        | 12.00     | EUR",
        "COMMA | EUR 1.234,56   | 1234.56   | EUR",
        "COMMA | 1.234,56 EUR   | 1234.56   | EUR",
        "COMMA | 12,50 zł       | 12.50     | PLN",
        "COMMA | 1 234,50 Kč    | 1234.50   | CZK",
        "COMMA | 99,00 kr       | 99.00     | null",
        "COMMA | 99,00 kr.      | 99.00     | null",
        "COMMA | 12,-           | 12        | null",
        "COMMA | -12,00 €       | -12.00    | EUR",
        "COMMA | 12,00- €       | -12.00    | EUR",
        "COMMA | 12,00 €-       | -12.00    | EUR",
        "COMMA | (12,00 €)      | -12.00    | EUR",
        "COMMA | 1'234,50       | 1234.50   | null",
      })
  void parsesWholeAmounts(String convention, String text, String amount, String currency) {
    assertThat(parser(convention).parse(text))
        .contains(new Money(new BigDecimal(amount), currency));
  }

  @ParameterizedTest(name = "{0}: \"{1}\" is not an amount")
  @CsvSource(
      delimiter = '|',
      value = {
        "DOT   | 1.234,56",
        "DOT   | 12,5",
        "DOT   | 1,23,456.00",
        "DOT   | 1 234,567.00",
        "DOT   | 12,34.00",
        "COMMA | 1,234.56",
        "COMMA | 1234.56",
        "DOT   | 05.03.2024",
        "DOT   | 2024-03-05",
        "DOT   | 5/3/2024",
        "DOT   | 12:30",
        "DOT   | 19%",
        "DOT   | 19.00 %",
        "COMMA | 19,00 %",
        "DOT   | +49 30 1234567",
        "DOT   | 555-123-4567",
        "DOT   | (555) 123-4567",
        "DOT   | 0301234567",
        "DOT   | 030 1234 5678",
        "DOT   | 1234567890123456",
        "DOT   | 12kg",
        "DOT   | INV-12.00",
        "DOT   | abc",
        "DOT   | ''",
        "DOT   | $",
        "DOT   | -(12.00)",
        "DOT   | (12.00",
        "DOT   | 12.00)",
        "DOT   | $12.00 EUR",
        "DOT   | 1,234.567.89",
        "DOT   | 0,123",
        "DOT   | ALL 12.00",
      })
  void rejects(String convention, String text) {
    assertThat(parser(convention).parse(text)).isEmpty();
  }

  @Test
  void nullIsNoAmount() {
    assertThat(DOT.parse(null)).isEmpty();
    assertThat(DOT.findAll(null)).isEmpty();
  }

  @Test
  void findsAmountsInALineWithOffsets() {
    String line = "Widget 2 x 1,250.00 = $2,500.00 (tax 19% incl.)";
    List<Match<Money>> found = DOT.findAll(line);
    assertThat(found).extracting(Match::text).containsExactly("1,250.00", "$2,500.00");
    Match<Money> second = found.get(1);
    assertThat(line.substring(second.start(), second.end())).isEqualTo("$2,500.00");
    assertThat(second.value()).isEqualTo(new Money(new BigDecimal("2500.00"), "USD"));
  }

  @Test
  void findAllIgnoresBareIntegersDatesPercentagesAndPhones() {
    String line = "Invoice 10042 of 05.03.2024, qty 3, VAT 19 %, Tel +49 30 123 456, total 12,50 €";
    assertThat(COMMA.findAll(line)).extracting(Match::text).containsExactly("12,50 €");
  }

  @Test
  void findAllReadsNegativesInsideText() {
    assertThat(DOT.findAll("Discount (5.00) and credit 3.00- and -1.50 refunded"))
        .extracting(m -> m.value().amount())
        .containsExactly(new BigDecimal("-5.00"), new BigDecimal("-3.00"), new BigDecimal("-1.50"));
  }

  @Test
  void findAllDropsAnUnbalancedParenthesis() {
    List<Match<Money>> found = DOT.findAll("(total 12.00) and (12.50 net");
    assertThat(found).extracting(Match::text).containsExactly("12.00", "12.50");
    assertThat(found).allMatch(m -> m.value().amount().signum() > 0);
  }

  @Test
  void findAllHonoursTheConvention() {
    String text = "1.234,56 and 1,234.56";
    assertThat(COMMA.findAll(text)).extracting(Match::text).containsExactly("1.234,56");
    assertThat(DOT.findAll(text)).extracting(Match::text).containsExactly("1,234.56");
  }

  @Test
  void findAllSeparatesAdjacentColumns() {
    assertThat(DOT.findAll("1 Widget 2 5.00 10.00"))
        .extracting(Match::text)
        .containsExactly("5.00", "10.00");
    assertThat(COMMA.findAll("12,50 15,00 € 3,00"))
        .extracting(Match::text)
        .containsExactly("12,50", "15,00 €", "3,00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.00", "1,234.56", "-0.50", "1234"})
  void normalizedHasAtLeastTwoDecimals(String text) {
    Optional<Money> m = DOT.parse(text);
    assertThat(m).isPresent();
    assertThat(m.get().normalized()).matches("-?\\d+\\.\\d{2,}");
  }

  @Test
  void normalizedForms() {
    assertThat(COMMA.parse("12,-").orElseThrow().normalized()).isEqualTo("12.00");
    assertThat(COMMA.parse("1.234,5").orElseThrow().normalized()).isEqualTo("1234.50");
    assertThat(DOT.parse("0.125").orElseThrow().normalized()).isEqualTo("0.125");
  }
}
