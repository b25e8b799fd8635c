package dev.recto.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.FieldKey;
import dev.recto.core.field.LineItemKey;
import dev.recto.extraction.parse.Bics;
import dev.recto.extraction.parse.DateOrder;
import dev.recto.extraction.parse.DateParser;
import dev.recto.extraction.parse.Ibans;
import dev.recto.extraction.parse.Money;
import dev.recto.extraction.parse.MoneyParser;
import dev.recto.extraction.parse.NumberConvention;
import dev.recto.extraction.parse.Percentages;
import dev.recto.extraction.parse.VatNumbers;
import dev.recto.samples.synth.FontLibrary;
import dev.recto.samples.synth.InvoiceGenerator;
import dev.recto.samples.synth.InvoiceRenderer;
import dev.recto.samples.synth.InvoiceSpec;
import dev.recto.samples.synth.SynthCorpus;
import dev.recto.samples.synth.Truth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The typed parsers read back what the synthetic invoices print: for each invoice the number
 * convention is decided from its own words with no locale hint, the date order from its words with
 * the locale as hint, and then every printed amount, date, tax rate, IBAN and BIC must parse to its
 * truth value.
 */
class SynthTruthParsersTest {

  private static final long SEED = 7;
  private static final int COUNT = 200;

  private static final FieldKey[] MONEY = {
    FieldKey.SUB_TOTAL,
    FieldKey.TOTAL_DISCOUNT,
    FieldKey.TOTAL_TAX,
    FieldKey.INVOICE_TOTAL,
    FieldKey.AMOUNT_DUE
  };

  private static final InvoiceGenerator GENERATOR = new InvoiceGenerator();
  private static final FontLibrary FONTS = new FontLibrary();
  private static final InvoiceRenderer RENDERER = new InvoiceRenderer(FONTS);

  @AfterAll
  static void closeFonts() {
    FONTS.close();
  }

  @Test
  void printedValuesParseBackToTheirTruth() {
    List<String> problems = new ArrayList<>();
    int amounts = 0;
    int dates = 0;
    for (int i = 0; i < COUNT; i++) {
      InvoiceSpec spec = GENERATOR.generate(SEED, i);
      Truth truth = RENDERER.render(spec, SynthCorpus.design(SEED, i), SynthCorpus.name(i)).truth();
      Locale locale = Locale.forLanguageTag(truth.localeId());
      List<String> words = truth.words().stream().map(Truth.WordTruth::text).toList();
      NumberConvention nc = NumberConvention.fromEvidence(words, null);
      if (!nc.equals(NumberConvention.fromLocale(locale))) {
        problems.add(truth.name() + " " + truth.localeId() + ": convention " + nc);
      }
      MoneyParser money = new MoneyParser(nc);
      DateParser dateParser = new DateParser(DateOrder.fromEvidence(words, locale));
      String p = truth.name() + " " + truth.localeId() + " ";
      for (FieldKey key : MONEY) {
        Truth.FieldTruth t = truth.fields().get(key);
        if (t.raw() != null) {
          amounts++;
          checkMoney(money, t, p + key.jsonName(), problems);
        }
      }
      for (Truth.LineItemTruth line : truth.lineItems()) {
        for (LineItemKey key : List.of(LineItemKey.UNIT_PRICE, LineItemKey.AMOUNT)) {
          Truth.FieldTruth t = line.cells().get(key);
          if (t.raw() != null) {
            amounts++;
            checkMoney(money, t, p + key.jsonName(), problems);
          }
        }
        Truth.FieldTruth rate = line.cells().get(LineItemKey.TAX_RATE);
        if (rate.raw() != null) {
          Optional<BigDecimal> r = Percentages.parse(rate.raw());
          if (r.isEmpty() || r.get().compareTo(new BigDecimal(rate.value())) != 0) {
            problems.add(p + "TaxRate '" + rate.raw() + "' read as " + r);
          }
        }
      }
      for (FieldKey key : List.of(FieldKey.INVOICE_DATE, FieldKey.DUE_DATE)) {
        Truth.FieldTruth t = truth.fields().get(key);
        if (t.raw() != null) {
          dates++;
          Optional<LocalDate> d = dateParser.parse(t.raw());
          if (!d.equals(Optional.of(LocalDate.parse(t.value())))) {
            problems.add(p + key.jsonName() + " '" + t.raw() + "' read as " + d);
          }
        }
      }
      check(truth, FieldKey.IBAN, Ibans::isValid, problems);
      check(truth, FieldKey.SWIFT, Bics::isValid, problems);
      Truth.FieldTruth vat = truth.fields().get(FieldKey.VENDOR_TAX_ID);
      if (vat.raw() != null && vat.value().startsWith("FR")) {
        if (!VatNumbers.parse(vat.raw()).map(v -> v.checksumVerified()).orElse(false)) {
          problems.add(p + "VendorTaxId '" + vat.raw() + "' not verified");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(amounts).isGreaterThan(COUNT * 5);
    assertThat(dates).isGreaterThan(COUNT);
  }

  private static void checkMoney(
      MoneyParser money, Truth.FieldTruth t, String where, List<String> problems) {
    Optional<Money> m = money.parse(t.raw());
    BigDecimal expected = new BigDecimal(t.value());
    if (m.isEmpty() || m.get().amount().abs().compareTo(expected.abs()) != 0) {
      problems.add(where + " '" + t.raw() + "' read as " + m + ", truth " + t.value());
    } else if (m.get().currency() != null && !m.get().currency().equals(t.currency())) {
      problems.add(where + " '" + t.raw() + "' currency " + m.get().currency());
    }
  }

  private static void check(
      Truth truth,
      FieldKey key,
      java.util.function.Predicate<String> valid,
      List<String> problems) {
    Truth.FieldTruth t = truth.fields().get(key);
    if (t.raw() != null && !valid.test(t.raw())) {
      problems.add(truth.name() + " " + key.jsonName() + " '" + t.raw() + "' invalid");
    }
  }
}
