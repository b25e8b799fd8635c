package dev.recto.ocr.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the bundled {@code ppocr_keys_v1.txt} lacks, as docs/ocr.md reports it. */
class PpOcrDictionaryTest {

  private final PpOcrDictionary dict = PpOcrDictionary.load();

  @Test
  void lacksTheseLatinLettersAndCurrencySigns() {
    assertThat(dict.missing("öÖÄßçÇñÑ€£âêîôûëïùœæøå¿¡–")).isEqualTo("öÖÄßçÇñÑ€£âêîôûëïùœæøå¿¡–");
  }

  @Test
  void hasAsciiSomeAccentsAndTheSpace() {
    assertThat(dict.covers("Invoice No. 42, Total: 1.416,10 EUR")).isTrue();
    assertThat(dict.covers("äüÜéèàáíóúÉ")).isTrue();
    assertThat(dict.covers("Größe")).isFalse();
    assertThat(dict.missing("Größe Straße")).isEqualTo("öß");
  }
}
