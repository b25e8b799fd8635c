package dev.recto.extraction.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.recto.extraction.parse.Bics;
import dev.recto.extraction.parse.DateOrder;
import dev.recto.extraction.parse.DateParser;
import dev.recto.extraction.parse.DocumentIds;
import dev.recto.extraction.parse.Ibans;
import dev.recto.extraction.parse.Match;
import dev.recto.extraction.parse.Money;
import dev.recto.extraction.parse.MoneyParser;
import dev.recto.extraction.parse.NumberConvention;
import dev.recto.extraction.parse.Percentages;
import dev.recto.extraction.parse.UsEins;
import dev.recto.extraction.parse.VatNumber;
import dev.recto.extraction.parse.VatNumbers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fuzz targets for the typed parsers of {@code dev.recto.extraction.parse}. None of them documents
 * an exception for any string, so any exception is a finding; where a parse has a formatted form
 * that the parser reads back (money, dates, VAT numbers, IBANs) the round trip is checked too.
 *
 * <p>In a plain {@code mvn verify} each target replays its saved inputs from {@code
 * src/test/resources/dev/recto/extraction/fuzz/ParserFuzzTestInputs/<method>/}; with {@code
 * JAZZER_FUZZ=1} Jazzer fuzzes the (one) selected target, see {@code docs/reliability.md}.
 */
class ParserFuzzTest {

  private static final List<MoneyParser> MONEY =
      List.of(new MoneyParser(NumberConvention.DOT), new MoneyParser(NumberConvention.COMMA));
  private static final MoneyParser DOT = MONEY.get(0);
  private static final List<DateParser> DATES =
      List.of(
          new DateParser(DateOrder.DMY),
          new DateParser(DateOrder.MDY),
          new DateParser(DateOrder.YMD));

  /** Any text (the input as UTF-8) through every parser; what is found reads back the same. */
  @FuzzTest(maxDuration = "10m")
  void anyTextThroughEveryParser(FuzzedDataProvider data) {
    String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);

    for (MoneyParser parser : MONEY) {
      parser.parse(text).ifPresent(ParserFuzzTest::assertMoneyReadsBack);
      for (Match<Money> m : parser.findAll(text)) {
        assertMatchInside(text, m);
        assertMoneyReadsBack(m.value());
      }
    }
    for (DateParser parser : DATES) {
      parser.parse(text).ifPresent(d -> assertDateReadsBack(parser, d));
      for (Match<LocalDate> m : parser.findAll(text)) {
        assertMatchInside(text, m);
        assertDateReadsBack(parser, m.value());
      }
    }
    for (String country : new String[] {null, "IT", "ES", "GR", "DE"}) {
      Optional<VatNumber> vat = VatNumbers.parse(text, country);
      vat.ifPresent(v -> assertThat(VatNumbers.parse(v.normalized())).contains(v));
    }
    String iban = Ibans.normalize(text);
    assertThat(Ibans.normalize(iban)).isEqualTo(iban);
    assertThat(Ibans.isValid(iban)).isEqualTo(Ibans.isValid(text));
    String bic = Bics.normalize(text);
    assertThat(Bics.isValid(bic)).isEqualTo(Bics.isValid(text));
    UsEins.normalize(text).ifPresent(e -> assertThat(UsEins.normalize(e)).contains(e));
    Percentages.parse(text);
    Percentages.findAll(text).forEach(m -> assertMatchInside(text, m));
    DocumentIds.looksLikeInvoiceNumber(text);
    DocumentIds.looksLikePurchaseOrder(text);
    NumberConvention.fromEvidence(List.of(text), Locale.ROOT);
    DateOrder.fromEvidence(List.of(text), Locale.ROOT);
  }

  /** An amount written plainly under either convention, with or without a code, reads back. */
  @FuzzTest(maxDuration = "5m")
  void moneyFormatParseRoundTrip(FuzzedDataProvider data) {
    long unscaled = data.consumeLong(-999_999_999_999_999L, 999_999_999_999_999L);
    int scale = data.consumeInt(0, 4);
    boolean comma = data.consumeBoolean();
    String currency = data.pickValue(new String[] {"", "EUR", "USD", "CHF"});
    BigDecimal amount = BigDecimal.valueOf(unscaled, scale);
    if (amount.precision() - amount.scale() > 15) {
      return; // more than 15 ungrouped integer digits are rejected by design
    }
    String number = amount.toPlainString();
    String printed = comma ? number.replace('.', ',') : number;
    String text = currency.isEmpty() ? printed : printed + " " + currency;
    MoneyParser parser = MONEY.get(comma ? 1 : 0);

    assertThat(parser.parse(text))
        .as("parse(%s)", text)
        .contains(new Money(amount, currency.isEmpty() ? null : currency));
  }

  /** A date between 1900 and 2099 printed in ISO and in each order's numeric form reads back. */
  @FuzzTest(maxDuration = "5m")
  void dateFormatParseRoundTrip(FuzzedDataProvider data) {
    LocalDate date =
        LocalDate.ofEpochDay(
            data.consumeLong(
                LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay()));
    String separator = data.pickValue(new String[] {".", "/", "-"});
    for (DateParser parser : DATES) {
      assertThat(parser.parse(date.toString())).as("ISO %s", date).contains(date);
      String pattern =
          switch (parser.order()) {
            case DMY -> "dd'%s'MM'%s'yyyy";
            case MDY -> "MM'%s'dd'%s'yyyy";
            case YMD -> "yyyy'%s'MM'%s'dd";
          };
      String text =
          date.format(DateTimeFormatter.ofPattern(pattern.formatted(separator, separator)));
      assertThat(parser.parse(text)).as("%s %s", parser.order(), text).contains(date);
    }
  }

  private static void assertMatchInside(String text, Match<?> m) {
    assertThat(m.start()).isBetween(0, m.end());
    assertThat(m.end()).isLessThanOrEqualTo(text.length());
    assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
  }

  private static void assertMoneyReadsBack(Money money) {
    if (money.amount().precision() - money.amount().scale() > 15) {
      return; // grouped amounts may be longer than the 15 ungrouped digits read back
    }
    String text =
        money.currency() == null ? money.normalized() : money.normalized() + " " + money.currency();
    Optional<Money> again = DOT.parse(text);
    assertThat(again).as("read back %s", text).isPresent();
    assertThat(again.get().amount()).isEqualByComparingTo(money.amount());
    assertThat(again.get().currency()).isEqualTo(money.currency());
  }

  private static void assertDateReadsBack(DateParser parser, LocalDate date) {
    assertThat(date.getYear()).isBetween(1900, 2099);
    assertThat(parser.parse(date.toString())).contains(date);
  }
}
