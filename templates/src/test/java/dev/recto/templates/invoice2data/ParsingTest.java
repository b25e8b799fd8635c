package dev.recto.templates.invoice2data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The number and date reading rules, and the JSON number format. */
class ParsingTest {

  @Test
  void amountsTakeTheDecimalSeparatorAndDropThousandsSeparators() {
    assertThat(AmountParser.parse("1.234,56", ",")).isEqualTo(1234.56);
    assertThat(AmountParser.parse("1,234.56", ".")).isEqualTo(1234.56);
    assertThat(AmountParser.parse("1'234.50", ".")).isEqualTo(1234.5);
    assertThat(AmountParser.parse("1 234 567", ",")).isEqualTo(1234567.0);
    assertThat(AmountParser.parse("-4,24", ",")).isEqualTo(-4.24);
    assertThat(AmountParser.parseInt("21,9", ",")).isEqualTo(21L);
  }

  @Test
  void aDecimalSeparatorTwiceOrAnythingElseIsNotANumber() {
    assertThatThrownBy(() -> AmountParser.parse("1,234,56", ","))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("several times");
    assertThatThrownBy(() -> AmountParser.parse("€ 12", "."))
        .isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> AmountParser.parse("12f", "."))
        .isInstanceOf(NumberFormatException.class);
  }

  @Test
  void coerceGivesZeroForBlankText() {
    Options o = Options.defaults();
    assertThat(ValueCoercion.coerce("  ", ValueType.FLOAT, o)).isEqualTo(new Value.Real(0.0));
    assertThat(ValueCoercion.coerce("", ValueType.INT, o)).isEqualTo(new Value.Int(0));
    assertThat(ValueCoercion.coerce("nope", ValueType.DATE, o)).isEqualTo(Value.NULL);
  }

  private static Optional<LocalDate> date(String text, List<String> formats, List<String> langs) {
    return DateParser.parse(text, formats, langs).map(LocalDateTime::toLocalDate);
  }

  @Test
  void dateFormatsAreTriedFirstAsStrptimeReadsThem() {
    assertThat(date("8-9-2022", List.of("%d-%m-%Y"), List.of())).contains(LocalDate.of(2022, 9, 8));
    assertThat(date("03/04/2021", List.of("%d/%m/%Y"), List.of()))
        .contains(LocalDate.of(2021, 4, 3));
    assertThat(date("May 5,   2014", List.of("%B %d, %Y"), List.of()))
        .contains(LocalDate.of(2014, 5, 5));
    assertThat(DateParser.strptime("5 May 2014 x", "%d %B %Y")).isEmpty();
  }

  @Test
  void generalReadingIsMonthFirstUnlessTheFirstNumberCannotBeAMonth() {
    assertThat(date("03/20/2023", List.of(), List.of())).contains(LocalDate.of(2023, 3, 20));
    assertThat(date("31/12/2017", List.of(), List.of())).contains(LocalDate.of(2017, 12, 31));
    assertThat(date("01/02/2018", List.of(), List.of())).contains(LocalDate.of(2018, 1, 2));
    assertThat(date("2015-10-20", List.of(), List.of())).contains(LocalDate.of(2015, 10, 20));
    assertThat(date("August 3 , 2014", List.of("%B %d, %Y"), List.of("en")))
        .contains(LocalDate.of(2014, 8, 3));
    assertThat(date("Jan 1, 2022", List.of(), List.of("en"))).contains(LocalDate.of(2022, 1, 1));
    assertThat(date("1/2/22", List.of(), List.of())).contains(LocalDate.of(2022, 1, 2));
  }

  @Test
  void localizedMonthNamesAreReadInTheTemplatesLanguagesOrAllWhenNoneAreGiven() {
    assertThat(date("02 juillet 2015", List.of("%d %B %Y"), List.of("fr")))
        .contains(LocalDate.of(2015, 7, 2));
    assertThat(date("1er juillet 2015", List.of("%d %B %Y"), List.of("fr")))
        .contains(LocalDate.of(2015, 7, 1));
    assertThat(date("7. Mai 2014", List.of(), List.of())).contains(LocalDate.of(2014, 5, 7));
    assertThat(date("18 april 2014", List.of(), List.of("nl"))).contains(LocalDate.of(2014, 4, 18));
    assertThat(date("29 maart 2014", List.of(), List.of("nl"))).contains(LocalDate.of(2014, 3, 29));
    assertThat(date("3 października 2021", List.of(), List.of("pl")))
        .contains(LocalDate.of(2021, 10, 3));
  }

  @Test
  void textThatIsNoDateGivesNothing() {
    assertThat(date("no date here", List.of(), List.of())).isEmpty();
    assertThat(date("31/02/2020", List.of(), List.of())).isEmpty();
    assertThat(date("", List.of(), List.of())).isEmpty();
  }

  @Test
  void floatsAreWrittenAsPythonsRepr() {
    assertThat(Invoice2DataJson.pythonRepr(4.11)).isEqualTo("4.11");
    assertThat(Invoice2DataJson.pythonRepr(1939.0)).isEqualTo("1939.0");
    assertThat(Invoice2DataJson.pythonRepr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(Invoice2DataJson.pythonRepr(1e16)).isEqualTo("1e+16");
    assertThat(Invoice2DataJson.pythonRepr(0.00001)).isEqualTo("1e-05");
    assertThat(Invoice2DataJson.pythonRepr(0.0001)).isEqualTo("0.0001");
    assertThat(Invoice2DataJson.pythonRepr(-2.5)).isEqualTo("-2.5");
  }

  @Test
  void jsonSortsKeysAndWritesDatesByKey() {
    Value.DateTime d = new Value.DateTime(LocalDateTime.of(2020, 1, 2, 0, 0));
    Value.Row row =
        new Value.Row(
            new java.util.LinkedHashMap<>(
                java.util.Map.of(
                    "date_due",
                    d,
                    "amount",
                    new Value.Real(1.5),
                    "other",
                    d,
                    "n",
                    new Value.Int(7))));
    assertThat(Invoice2DataJson.write(List.of(row)))
        .isEqualTo(
            "[\n    {\n        \"amount\": 1.5,\n        \"date_due\": \"2020-01-02\",\n"
                + "        \"n\": 7,\n        \"other\": \"2020-01-02 00:00:00\"\n    }\n]");
  }
}
