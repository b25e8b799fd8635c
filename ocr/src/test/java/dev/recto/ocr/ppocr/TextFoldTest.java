package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldTest {

  @Test
  void fullWidthFormsBecomeOrdinary() {
    assertThat(TextFold.fold("TOTAL：")).isEqualTo("TOTAL:");
    assertThat(TextFold.fold("（RM）")).isEqualTo("(RM)");
    assertThat(TextFold.fold("ＡＢＣ１２３")).isEqualTo("ABC123");
  }

  @Test
  void ordinaryTextIsUnchangedAndWhitespaceNeverAppears() {
    assertThat(TextFold.fold("Grundgebühr")).isEqualTo("Grundgebühr");
    assertThat(TextFold.fold("a\u3000b")).isEqualTo("ab");
  }
}
