package dev.recto.extraction.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberConventionTest {

  @ParameterizedTest(name = "{0} with hint {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1.234,56                     | en-US | ,",
        "1,234.56                     | de-DE | .",
        "12,50                        | en-US | ,",
        "12.50                        | de-DE | .",
        "1 234,5                      | en-US | ,",
        "1'234.50                     | de-DE | .",
        "1,234,567                    | de-DE | .",
        "1.234.567                    | en-US | ,",
        "0,125                        | en-US | ,",
        "1,234                        | de-DE | ,",
        "1,234                        | en-US | .",
        "1.234                        | fr-FR | ,",
        "1,234;12.50                  | de-DE | .",
        "1.234;12,50                  | en-US | ,",
        "05.03.2024;1.234             | en-US | .",
        "05.03.2024                   | de-DE | ,",
        "Total 12,50 € / 3,00 €;19.5  | en-US | ,",
        "12,50 15,00                  | en-US | ,",
        "no numbers here              | de-CH | .",
        "no numbers here              | fr-CH | ,",
        "1.234,56;2,500.00;3,000.00   | de-DE | .",
      })
  void decidesFromEvidenceThenLocale(String texts, String locale, char expected) {
    List<String> evidence = Arrays.asList(texts.split(";"));
    assertThat(
            NumberConvention.fromEvidence(evidence, Locale.forLanguageTag(locale))
                .decimalSeparator())
        .isEqualTo(expected);
  }

  @Test
  void noEvidenceNoHintIsDot() {
    assertThat(NumberConvention.fromEvidence(List.of(), null)).isEqualTo(NumberConvention.DOT);
    assertThat(NumberConvention.fromEvidence(Arrays.asList("1,234", null), null))
        .isEqualTo(NumberConvention.DOT);
  }

  @Test
  void fromLocaleUsesCldr() {
    assertThat(NumberConvention.fromLocale(Locale.GERMANY)).isEqualTo(NumberConvention.COMMA);
    assertThat(NumberConvention.fromLocale(Locale.FRANCE)).isEqualTo(NumberConvention.COMMA);
    assertThat(NumberConvention.fromLocale(Locale.US)).isEqualTo(NumberConvention.DOT);
    assertThat(NumberConvention.fromLocale(Locale.UK)).isEqualTo(NumberConvention.DOT);
    assertThat(NumberConvention.fromLocale(null)).isEqualTo(NumberConvention.DOT);
  }

  @Test
  void rejectsOtherSeparators() {
    assertThatThrownBy(() -> new NumberConvention(';'))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "DOT   | 2.5       | 2.5",
        "DOT   | 1,000     | 1000",
        "DOT   | -3        | -3",
        "DOT   | +3.25     | 3.25",
        "DOT   | 2,5       | null",
        "DOT   | 007       | null",
        "DOT   | 1.        | null",
        "DOT   | ''        | null",
        "COMMA | 2,5       | 2.5",
        "COMMA | 1.000,25  | 1000.25",
        "COMMA | 1 000     | 1000",
        "COMMA | 2.5       | null",
        "COMMA | 1.00.000  | null",
      })
  void parsesPlainNumbers(String convention, String text, String expected) {
    NumberConvention nc = convention.equals("DOT") ? NumberConvention.DOT : NumberConvention.COMMA;
    if (expected == null) {
      assertThat(nc.parseNumber(text)).isEmpty();
    } else {
      assertThat(nc.parseNumber(text)).contains(new BigDecimal(expected));
    }
  }
}
