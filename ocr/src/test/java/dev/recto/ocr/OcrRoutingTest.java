package dev.recto.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.spi.OcrEngineProvider;
import dev.recto.ocr.eval.PpOcrDictionary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcrRoutingTest {

  /** Letters of each language beyond ASCII (lower and upper case). */
  private static final Map<String, String> ALPHABETS =
      Map.ofEntries(
          Map.entry("ca", "àçèéíïòóúül·"),
          Map.entry("cs", "áčďéěíňóřšťúůýž"),
          Map.entry("da", "æøåÆØÅ"),
          Map.entry("de", "äöüßÄÖÜ"),
          Map.entry("en", ""),
          Map.entry("es", "áéíñóúüÑ¿¡"),
          Map.entry("et", "äöõüšž"),
          Map.entry("fi", "äöÄÖ"),
          Map.entry("fr", "àâæçéèêëîïôœùûüÿ"),
          Map.entry("hr", "čćđšž"),
          Map.entry("hu", "áéíóöőúüű"),
          Map.entry("is", "áðéíóúýþæö"),
          Map.entry("it", "àèéìíîòóùú"),
          Map.entry("lt", "ąčęėįšųūž"),
          Map.entry("lv", "āčēģīķļņšūž"),
          Map.entry("nb", "æøå"),
          Map.entry("nl", "éëïöü"),
          Map.entry("no", "æøå"),
          Map.entry("pl", "ąćęłńóśźż"),
          Map.entry("pt", "áâãàçéêíóôõú"),
          Map.entry("ro", "ăâîșț"),
          Map.entry("sk", "áäčďéíĺľňóôŕšťúýž"),
          Map.entry("sl", "čšž"),
          Map.entry("sv", "åäöÅÄÖ"),
          Map.entry("tr", "çğıöşüİ"));

  @TempDir Path tessdata;

  @Test
  void defaultsSendLanguagesWithLettersPpOcrLacksToTesseract() {
    PpOcrDictionary dict = PpOcrDictionary.load();
    OcrRouting routing = OcrRouting.defaults();
    assertThat(ALPHABETS.keySet()).isEqualTo(OcrRouting.TESSERACT_CODES.keySet());
    ALPHABETS.forEach(
        (lang, letters) -> {
          String expected = dict.covers(letters) ? "ppocr" : "tesseract";
          assertThat(routing.engineFor(lang))
              .as("%s (missing from the dictionary: '%s')", lang, dict.missing(letters))
              .isEqualTo(expected);
        });
  }

  @Test
  void othersGoToPpOcr() {
    OcrRouting routing = OcrRouting.defaults();
    assertThat(routing.engineFor("en")).isEqualTo("ppocr");
    assertThat(routing.engineFor("zh")).isEqualTo("ppocr");
    assertThat(routing.engineFor("ja")).isEqualTo("ppocr");
  }

  @Test
  void acceptsRegionsAndAnyCase() {
    OcrRouting routing = OcrRouting.defaults();
    assertThat(routing.engineFor("de-AT")).isEqualTo("tesseract");
    assertThat(routing.engineFor("PT_br")).isEqualTo("tesseract");
    assertThat(routing.route("FR-ca").language()).isEqualTo("fr");
  }

  @Test
  void rejectsWhatIsNotALanguageCode() {
    OcrRouting routing = OcrRouting.defaults();
    assertThatThrownBy(() -> routing.engineFor("german"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ISO 639-1");
    assertThatThrownBy(() -> routing.engineFor("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> routing.withEngine("de", " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void usesTheLanguageModelPlusEnglishWhenInstalled() throws IOException {
    Files.write(tessdata.resolve("deu.traineddata"), new byte[] {1});
    OcrRoute route = OcrRouting.defaults().withTessdataPath(tessdata).route("de");
    assertThat(route.engineId()).isEqualTo("tesseract");
    assertThat(route.tesseract().languages()).isEqualTo("deu+eng");
    assertThat(route.tesseract().tessdataPath()).isEqualTo(tessdata);
    assertThat(route.warning()).isEmpty();
  }

  @Test
  void fallsBackToEnglishWithAWarningWhenTheModelIsMissing() {
    OcrRoute route = OcrRouting.defaults().withTessdataPath(tessdata).route("fr");
    assertThat(route.engineId()).isEqualTo("tesseract");
    assertThat(route.tesseract().languages()).isEqualTo("eng");
    assertThat(route.warning())
        .hasValueSatisfying(w -> assertThat(w).contains("tesseract-ocr-fra"));
  }

  @Test
  void englishAndPpOcrRoutesNeedNoWarning() {
    OcrRoute en = OcrRouting.defaults().withTessdataPath(tessdata).route("en");
    assertThat(en.engineId()).isEqualTo("ppocr");
    assertThat(en.tesseract().languages()).isEqualTo("eng");
    assertThat(en.warning()).isEmpty();
  }

  @Test
  void routesCanBeOverridden() {
    OcrRouting routing =
        OcrRouting.defaults().withEngine("de", "ppocr").withEngine("ZH", "tesseract");
    assertThat(routing.engineFor("de")).isEqualTo("ppocr");
    assertThat(routing.engineFor("zh")).isEqualTo("tesseract");
    assertThat(OcrRouting.defaults().engineFor("de")).isEqualTo("tesseract");
  }

  @Test
  void providersOfferBothEngines() {
    OcrRoute route = OcrRouting.defaults().route("es");
    assertThat(route.providers())
        .extracting(OcrEngineProvider::id)
        .containsExactly("ppocr", "tesseract");
  }
}
