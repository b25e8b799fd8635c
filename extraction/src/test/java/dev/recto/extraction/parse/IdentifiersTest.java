package dev.recto.extraction.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** IBAN, BIC, VAT number and EIN validation, with public example numbers. */
class IdentifiersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DE89 3704 0044 0532 0130 00",
        "de89370400440532013000",
        "GB29 NWBK 6016 1331 9268 19",
        "FR14 2004 1010 0505 0001 3M02 606",
        "NL91 ABNA 0417 1643 00",
        "CH93 0076 2011 6238 5295 7",
        "BE68 5390 0754 7034",
        "NO93 8601 1117 947",
        "IT60 X054 2811 1010 0000 0123 456",
        "ES91 2100 0418 4502 0005 1332",
        "AT61 1904 3002 3457 3201",
        "PL61 1090 1014 0000 0712 1981 2874",
        "MT84 MALT 0110 0001 2345 MTLC AST0 01S",
        "DE89\u00A03704\u202F0044 0532 0130 00",
      })
  void validIbans(String iban) {
    assertThat(Ibans.isValid(iban)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DE89 3704 0044 0532 0130 01",
        "DE88 3704 0044 0532 0130 00",
        "DE89 3704 0044 0532 0130 0",
        "DE89 3704 0044 0532 0130 000",
        "XX89 3704 0044 0532 0130 00",
        "US12 3456 7890",
        "GB29 NWBK 6016 1331 9268 1!",
        "",
        "DE",
      })
  void invalidIbans(String iban) {
    assertThat(Ibans.isValid(iban)).isFalse();
  }

  @Test
  void bicsReadWithDigitsForLettersInPrefixOrCountryAreRead() {
    assertThat(Bics.ocrRead("0GCUDET8")).contains("OGCUDET8");
    assertThat(Bics.ocrRead("ROI0ESE4XXX")).contains("ROIOESE4XXX");
    assertThat(Bics.ocrRead("deutdeff500")).contains("DEUTDEFF500"); // branch digits stay
    assertThat(Bics.ocrRead("DEUTD3FF")).isEmpty(); // 3 is no letter
    assertThat(Bics.ocrRead("DEUT")).isEmpty();
  }

  @Test
  void ibansReadWithCharactersThatCannotStandThereAreRead() {
    // a letter O in the check digits, a pound sign for an E (the account of a French IBAN)
    assertThat(Ibans.ocrRead("FRO951659673560453046W57081"))
        .contains("FR0951659673560453046W57081");
    assertThat(Ibans.ocrRead("FR243777567271£0C6105596384"))
        .contains("FR243777567271E0C6105596384");
    assertThat(Ibans.ocrRead("DE89 3704 0044 0532 0130 00")).contains("DE89370400440532013000");
    assertThat(Ibans.ocrRead("D3893704004405320130 00")).isEmpty(); // 3 is no letter
    // a misread that is not of that kind stays invalid
    assertThat(Ibans.ocrRead("DE89370400440532013001")).isEmpty();
    assertThat(Ibans.ocrRead("DE8")).isEmpty();
  }

  @Test
  void anIbanOneLookalikeAwayFromValidIsThatIban() {
    // a letter O read as a zero in the account (synthetic scans, 160-200 dpi)
    assertThat(Ibans.ocrRead("FR35 7248 7777 6749 89J8 98D0 P97"))
        .contains("FR3572487777674989J898DOP97");
    assertThat(Ibans.ocrRead("FR241964383088LK 90051682030"))
        .contains("FR241964383088LK9O051682030");
    // a letter in an all-digit German account is the digit
    assertThat(Ibans.ocrRead("DE89 37O4 0044 0532 0130 00")).contains("DE89370400440532013000");
    // a digit misread as another digit, two characters off, or a wrong length: no guess
    assertThat(Ibans.ocrRead("DE964668 2679 1837648479")).isEmpty();
    assertThat(Ibans.ocrRead("DE96466826791837648478")).isEmpty();
    assertThat(Ibans.ocrRead("DE9646682679103764847")).isEmpty();
  }

  @Test
  void ibanNormalization() {
    assertThat(Ibans.normalize(" de89 3704-0044 0532 0130 00 "))
        .isEqualTo("DE89370400440532013000");
    assertThat(Ibans.normalize(null)).isEmpty();
    assertThat(Ibans.isValid(null)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "DEUTDEFF, true",
    "DEUTDEFF500, true",
    "deut de ff, true",
    "NWBKGB2L, true",
    "UBSWCHZH80A, true",
    "DEUTXXFF, false",
    "DEUTDEF, false",
    "DEUTDEFF50, false",
    "DEUTDEFF5000, false",
    "1234DEFF, false",
    "DEU1DEFF, true",
    "DEUTD3FF, false",
  })
  void bics(String bic, boolean valid) {
    assertThat(Bics.isValid(bic)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ATU13585627            | AT | ATU13585627    | true",
        "BE 0403.019.261        | BE | BE0403019261   | true",
        "BE403019261            | BE | BE0403019261   | true",
        "DE 136 695 976         | DE | DE136695976    | true",
        "DK 13 58 56 28         | DK | DK13585628     | true",
        "EL 094259216           | GR | EL094259216    | true",
        "GR094259216            | GR | EL094259216    | true",
        "ES A13585625           | ES | ESA13585625    | true",
        "ES54362315K            | ES | ES54362315K    | true",
        "ESX2482300W            | ES | ESX2482300W    | true",
        "FI 2077 4740           | FI | FI20774740     | true",
        "FR 40 303 265 045      | FR | FR40303265045  | true",
        "FRK7399859412          | FR | FRK7399859412  | false",
        "HR33392005961          | HR | HR33392005961  | true",
        "IT 00743110157         | IT | IT00743110157  | true",
        "LU 150 274 42          | LU | LU15027442     | true",
        "NL004495445B01         | NL | NL004495445B01 | true",
        "NL000099998B57         | NL | NL000099998B57 | true",
        "NO 995 525 828 MVA     | NO | NO995525828    | true",
        "PL 856-734-62-15       | PL | PL8567346215   | true",
        "PT 501 964 843         | PT | PT501964843    | true",
        "SE 1234567897 01       | SE | SE123456789701 | true",
        "SK2022749619           | SK | SK2022749619   | true",
        "GB 980 7806 84         | GB | GB980780684    | true",
        "GBGD001                | GB | GBGD001        | false",
        "XI980780684            | GB | XI980780684    | true",
        "CHE-116.281.710 MWST   | CH | CHE116281710   | true",
        "CHE-116.281.710 TVA    | CH | CHE116281710   | true",
        "CZ 25123891            | CZ | CZ25123891     | false",
        "IE 6433435F            | IE | IE6433435F     | false",
        "HU12892312             | HU | HU12892312     | false",
      })
  void validVatNumbers(String text, String country, String normalized, boolean verified) {
    assertThat(VatNumbers.parse(text)).contains(new VatNumber(country, normalized, verified));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ATU13585626",
        "BE0403019262",
        "DE136695975",
        "DE036695976",
        "DK13585627",
        "EL094259217",
        "ESA13585626",
        "ES54362315J",
        "FI20774741",
        "FR41303265045",
        "HR33392005962",
        "IT00743110158",
        "LU15027443",
        "NL004495446B01",
        "NL000099998B58",
        "NO995525829",
        "PL8567346216",
        "PT501964844",
        "SE123456789801",
        "SE123456789702",
        "SK2022749618",
        "GB980780685",
        "CHE-116.281.711",
        "DE12345678",
        "US123456789",
        "136695976",
        "",
        "DE",
      })
  void invalidVatNumbers(String text) {
    assertThat(VatNumbers.parse(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "00743110157        | IT   | IT00743110157",
        "A13585625          | ES   | ESA13585625",
        "094259216          | GR   | EL094259216",
        "136 695 976        | de   | DE136695976",
        "ATU13585627        | DE   | ATU13585627",
        "DE136695976        | null | DE136695976",
      })
  void vatNumbersWithoutPrefix(String text, String country, String normalized) {
    assertThat(VatNumbers.parse(text, country).map(VatNumber::normalized)).contains(normalized);
  }

  @Test
  void vatNumberWithoutPrefixNeedsACountry() {
    assertThat(VatNumbers.parse("00743110157")).isEmpty();
    assertThat(VatNumbers.parse("00743110157", null)).isEmpty();
    assertThat(VatNumbers.parse("00743110158", "IT")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "12-3456789, true",
    "12 - 3456789, true",
    "123456789, true",
    "01-2345678, true",
    "99-2345678, true",
    "00-1234567, false",
    "07-1234567, false",
    "49-1234567, false",
    "69-1234567, false",
    "70-1234567, false",
    "89-1234567, false",
    "96-1234567, false",
    "12-345678, false",
    "12-34567890, false",
    "AB-1234567, false",
  })
  void usEins(String ein, boolean valid) {
    assertThat(UsEins.isValid(ein)).isEqualTo(valid);
  }

  @Test
  void einNormalization() {
    assertThat(UsEins.normalize("123456789")).contains("12-3456789");
    assertThat(UsEins.normalize(null)).isEmpty();
  }

  @Test
  void vatFormatWithoutTheCheckDigits() {
    // DE246292994 has the German form but a wrong check digit: a format, not a valid number
    assertThat(VatNumbers.parse("DE246292994")).isEmpty();
    assertThat(VatNumbers.hasVatFormat("DE246292994")).isTrue();
    assertThat(VatNumbers.hasVatFormat("IT07261986766")).isTrue();
    assertThat(VatNumbers.hasVatFormat("GR123456789")).isTrue();
    assertThat(VatNumbers.hasVatFormat("DE24629299")).isFalse();
    assertThat(VatNumbers.hasVatFormat("81100")).isFalse();
    assertThat(VatNumbers.hasVatFormat("XX123456789")).isFalse();
    assertThat(VatNumbers.hasVatFormat(null)).isFalse();
  }
}
