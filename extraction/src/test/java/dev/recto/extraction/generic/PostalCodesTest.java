package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostalCodesTest {

  @Test
  void splitsGluedBritishPostcodes() {
    assertThat(PostalCodes.spaceGlued("197 Mill Lane Norwich AV993XH"))
        .isEqualTo("197 Mill Lane Norwich AV99 3XH");
    assertThat(PostalCodes.spaceGluedWord("G32LW")).isEqualTo("G3 2LW");
    assertThat(PostalCodes.spaceGluedWord("D20ZN,")).isEqualTo("D2 0ZN,");
    assertThat(PostalCodes.spaceGluedWord("EC1A1BB")).isEqualTo("EC1A 1BB");
  }

  @Test
  void splitsAStateGluedToItsZip() {
    assertThat(PostalCodes.spaceGlued("30 Madison Street Omaha, C024216"))
        .isEqualTo("30 Madison Street Omaha, CO 24216");
    assertThat(PostalCodes.spaceGluedWord("0H44120")).isEqualTo("OH 44120");
    assertThat(PostalCodes.spaceGluedWord("Z024216")).isEqualTo("Z024216");
    assertThat(PostalCodes.spaceGlued("1 Pine Street Boise, MA12467"))
        .isEqualTo("1 Pine Street Boise, MA 12467");
    assertThat(PostalCodes.spaceGluedWord("NY10001-1234")).isEqualTo("NY 10001-1234");
  }

  @Test
  void readsAStateCodeWithADigitForALetter() {
    assertThat(PostalCodes.spaceGlued("199 River Road Springfield, C0 50445"))
        .isEqualTo("199 River Road Springfield, CO 50445");
    assertThat(PostalCodes.spaceGlued("Tucson, 1L 75226")).isEqualTo("Tucson, IL 75226");
    // not before a ZIP code, or no state either way
    assertThat(PostalCodes.spaceGlued("Unit C0 Block 5")).isEqualTo("Unit C0 Block 5");
    assertThat(PostalCodes.spaceGlued("Room 10 50445")).isEqualTo("Room 10 50445");
  }

  @Test
  void splitsDutchPostcodesAndNumbersGluedToWords() {
    assertThat(PostalCodes.spaceGlued("Parkweg 116 4701LW Amsterdam"))
        .isEqualTo("Parkweg 116 4701 LW Amsterdam");
    assertThat(PostalCodes.spaceGlued("144Oak Avenue")).isEqualTo("144 Oak Avenue");
    assertThat(PostalCodes.spaceGlued("169 rue des Lilas 88021Strasbourg"))
        .isEqualTo("169 rue des Lilas 88021 Strasbourg");
    assertThat(PostalCodes.spaceGlued("Nieuwe Gracht182, 8837 DP Haarlem"))
        .isEqualTo("Nieuwe Gracht 182, 8837 DP Haarlem");
    assertThat(PostalCodes.spaceGlued("BANDAR BARU PERMAS JAYA 81750JOHOR BAHRU"))
        .isEqualTo("BANDAR BARU PERMAS JAYA 81750 JOHOR BAHRU");
  }

  @Test
  void leavesNumberedNamesAlone() {
    for (String word :
        new String[] {
          "U13/BG", "UPTOWN3", "2nd", "A4", "1851-A", "SS21/39,47400", "1234ABC", "123456ABC"
        }) {
      assertThat(PostalCodes.spaceGluedWord(word)).as(word).isEqualTo(word);
    }
  }

  @Test
  void leavesOtherWordsAlone() {
    assertThat(PostalCodes.spaceGlued("AV99 3XH")).isEqualTo("AV99 3XH");
    assertThat(PostalCodes.spaceGluedWord("XX12345")).isEqualTo("XX12345"); // not a state
    assertThat(PostalCodes.spaceGluedWord("AB12CD")).isEqualTo("AB12CD"); // C is no inward letter
    assertThat(PostalCodes.spaceGluedWord("DE246292994")).isEqualTo("DE246292994");
    assertThat(PostalCodes.spaceGluedWord("Hauptstraße")).isEqualTo("Hauptstraße");
  }

  @Test
  void aPointBeforeAStateAndZipIsAComma() {
    assertThat(PostalCodes.spaceGlued("144 Elm Street Albany. CO 55888 USA"))
        .isEqualTo("144 Elm Street Albany, CO 55888 USA");
    assertThat(PostalCodes.spaceGlued("Tucson. CA65577")).isEqualTo("Tucson, CA 65577");
    assertThat(PostalCodes.spaceGlued("St. Louis MO 63101")).isEqualTo("St. Louis MO 63101");
    assertThat(PostalCodes.spaceGlued("Dr. CO 12")).isEqualTo("Dr. CO 12");
  }

  @Test
  void aBritishInwardCodeStartingWithALetterOReadsTheDigit() {
    assertThat(PostalCodes.spaceGlued("138 Park Road Sheffield SM1 ONN"))
        .isEqualTo("138 Park Road Sheffield SM1 0NN");
    assertThat(PostalCodes.spaceGlued("Leeds LS2 IAB,")).isEqualTo("Leeds LS2 1AB,");
    // not after an outward code, or with letters no inward code uses, it stays
    assertThat(PostalCodes.spaceGlued("12 OAK Road")).isEqualTo("12 OAK Road");
    assertThat(PostalCodes.spaceGlued("Suite A1 OCK")).isEqualTo("Suite A1 OCK");
  }
}
