package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharpSTest {

  @Test
  void aBAfterALowercaseVowelIsASharpS() {
    assertThat(SharpS.restore("HauptstraBe")).isEqualTo("Hauptstraße");
    assertThat(SharpS.restore("GroBe")).isEqualTo("Große");
    assertThat(SharpS.restore("GrüBe,")).isEqualTo("Grüße,");
    assertThat(SharpS.restore("weiB")).isEqualTo("weiß");
    assertThat(SharpS.restore("WeiBmehl")).isEqualTo("Weißmehl");
  }

  @Test
  void otherCapitalBsStay() {
    assertThat(SharpS.restore("BAHNHOFSTRASSE")).isEqualTo("BAHNHOFSTRASSE");
    assertThat(SharpS.restore("McBride")).isEqualTo("McBride");
    assertThat(SharpS.restore("Bremen")).isEqualTo("Bremen");
    assertThat(SharpS.restore("ABC")).isEqualTo("ABC");
    assertThat(SharpS.restore("GmbH")).isEqualTo("GmbH");
  }
}
