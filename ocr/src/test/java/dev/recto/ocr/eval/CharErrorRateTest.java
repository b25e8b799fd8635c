package dev.recto.ocr.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CharErrorRateTest {

  @Test
  void countsSubstitutionsInsertionsAndDeletions() {
    assertThat(CharErrorRate.compare("kitten", "sitting").edits()).isEqualTo(3);
    assertThat(CharErrorRate.compare("Total 12,00", "Tota1 12.00").edits()).isEqualTo(2);
    assertThat(CharErrorRate.compare("abc", "").edits()).isEqualTo(3);
    assertThat(CharErrorRate.compare("", "abc").edits()).isEqualTo(3);
    assertThat(CharErrorRate.compare("same", "same").edits()).isZero();
  }

  @Test
  void rateIsEditsOverReferenceLength() {
    CharErrorRate cer = CharErrorRate.compare("Total 12,00", "Tota1 12.00");
    assertThat(cer.referenceChars()).isEqualTo(11);
    assertThat(cer.rate()).isCloseTo(2 / 11.0, within(1e-12));
    // Insertions can make the rate exceed 1.
    assertThat(CharErrorRate.compare("a", "abc").rate()).isEqualTo(2.0);
  }

  @Test
  void emptyReference() {
    assertThat(CharErrorRate.compare("", "").rate()).isZero();
    assertThat(CharErrorRate.compare("", "x").rate()).isEqualTo(1.0);
  }

  @Test
  void countsCodePointsNotUtf16Units() {
    // U+1D400 is two UTF-16 chars but one character.
    CharErrorRate cer = CharErrorRate.compare("a\uD835\uDC00b", "ab");
    assertThat(cer.referenceChars()).isEqualTo(3);
    assertThat(cer.edits()).isEqualTo(1);
    assertThat(CharErrorRate.compare("Größe", "GroBe").edits()).isEqualTo(2);
  }

  @Test
  void sumIsCharacterWeighted() {
    CharErrorRate a = CharErrorRate.compare("abcdefghij", "abcdefghij"); // 0 of 10
    CharErrorRate b = CharErrorRate.compare("xy", "zz"); // 2 of 2
    CharErrorRate sum = a.plus(b);
    assertThat(sum).isEqualTo(new CharErrorRate(2, 12));
    assertThat(sum.rate()).isCloseTo(2 / 12.0, within(1e-12));
    assertThat(CharErrorRate.ZERO.plus(a)).isEqualTo(a);
  }

  @Test
  void rejectsNegativeCounts() {
    assertThatThrownBy(() -> new CharErrorRate(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CharErrorRate(0, -3)).isInstanceOf(IllegalArgumentException.class);
  }
}
