package dev.recto.ocr.tesseract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.error.ModelLoadException;
import dev.recto.core.models.Sha256Pins;
import dev.recto.core.spi.OcrEngineProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options, language files, the provider and the missing-library error: no native code needed. */
class TesseractOptionsTest {

  @Test
  void defaultsAndValidation() {
    TesseractOptions d = TesseractOptions.defaults();
    assertThat(d.languages()).isEqualTo("eng");
    assertThat(d.pageSegMode()).isEqualTo(3);
    assertThat(d.recycleAfterPages()).isEqualTo(200);
    assertThat(d.withLanguages("deu+eng+deu").languageList()).containsExactly("deu", "eng");
    assertThatThrownBy(() -> d.withLanguages("../etc"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withPageSegMode(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withRecycleAfterPages(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingNativeLibraryIsATypedErrorThatSaysHowToInstall() {
    assertThatThrownBy(
            () ->
                new TesseractEngine(
                    TesseractOptions.defaults(), List.of("recto-no-such-tesseract-library")))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("apt-get install libtesseract5")
        .hasMessageContaining("brew install tesseract")
        .hasMessageContaining("recto-no-such-tesseract-library");
  }

  @Test
  void englishComesFromTheClassPathCheckedAndIsDeletedOnClose() throws Exception {
    Path dir;
    try (Tessdata data =
        Tessdata.prepare(List.of("eng"), Path.of("/nonexistent"), TesseractPins.recto())) {
      dir = data.dir();
      assertThat(dir.resolve("eng.traineddata")).isRegularFile();
    }
    assertThat(Files.exists(dir)).isFalse();
  }

  @Test
  void otherLanguagesComeFromTheTessdataPath(@TempDir Path tessdata) throws Exception {
    Files.write(tessdata.resolve("xyz.traineddata"), new byte[] {1, 2, 3});
    Sha256Pins pins =
        TesseractPins.recto()
            .plus(
                Sha256Pins.parse(
                    Sha256Pins.sha256(tessdata.resolve("xyz.traineddata")) + "  xyz.traineddata"));
    try (Tessdata data = Tessdata.prepare(List.of("xyz", "eng"), tessdata, pins)) {
      assertThat(Files.readAllBytes(data.dir().resolve("xyz.traineddata")))
          .containsExactly(1, 2, 3);
    }
    assertThatThrownBy(() -> Tessdata.prepare(List.of("chi_sim"), tessdata, pins))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("apt-get install tesseract-ocr-chi-sim")
        .hasMessageContaining(tessdata.toString());
  }

  @Test
  void providerIsRegistered() {
    assertThat(ServiceLoader.load(OcrEngineProvider.class).stream())
        .map(ServiceLoader.Provider::get)
        .filteredOn(p -> p.id().equals("tesseract"))
        .singleElement()
        .extracting(OcrEngineProvider::priority)
        .isEqualTo(50);
  }

  @Test
  void anUnpinnedLanguageFileIsRefusedWithItsDigestAndHowToPinIt(@TempDir Path tessdata)
      throws Exception {
    Files.write(tessdata.resolve("xyz.traineddata"), new byte[] {1, 2, 3});
    String digest = Sha256Pins.sha256(tessdata.resolve("xyz.traineddata"));
    assertThatThrownBy(
            () -> Tessdata.prepare(List.of("eng", "xyz"), tessdata, TesseractPins.recto()))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("xyz.traineddata")
        .hasMessageContaining(digest)
        .hasMessageContaining("no pin")
        .hasMessageContaining("TesseractOptions.withPins");
  }

  @Test
  void aPinnedNameWithOtherBytesIsRefused(@TempDir Path tessdata) throws Exception {
    // a "deu.traineddata" that is not Debian's
    Files.write(tessdata.resolve("deu.traineddata"), new byte[] {9, 9, 9});
    assertThatThrownBy(() -> Tessdata.prepare(List.of("deu"), tessdata, TesseractPins.recto()))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("deu.traineddata")
        .hasMessageContaining("is pinned");
  }

  @Test
  void debiansLanguageFilesMatchTheirPins() throws Exception {
    Path debian = TesseractOptions.DEBIAN_TESSDATA;
    for (String lang : List.of("eng", "deu", "fra", "spa")) {
      Path file = debian.resolve(lang + ".traineddata");
      org.junit.jupiter.api.Assumptions.assumeTrue(
          Files.isRegularFile(file), "Debian's tesseract-ocr-" + lang + " is not installed");
      assertThat(
              TesseractPins.recto().check(file.getFileName().toString(), Sha256Pins.sha256(file)))
          .as(lang)
          .isTrue();
    }
  }

  @Test
  void anUnpinnedNativeLibraryIsRefusedBeforeItIsLoaded(@TempDir Path dir) throws Exception {
    Path fake = dir.resolve("libtesseract.so.5.0.3");
    Files.write(fake, new byte[] {0x7f, 'E', 'L', 'F'});
    assertThatThrownBy(
            () -> new TesseractEngine(TesseractOptions.defaults(), List.of(fake.toString())))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("not pinned")
        .hasMessageContaining(Sha256Pins.sha256(fake));
  }

  @Test
  void withPinsAddsToTheOptionsPins() {
    String d = "a".repeat(64);
    TesseractOptions o =
        TesseractOptions.defaults().withPins(Sha256Pins.parse(d + "  x.traineddata"));
    assertThat(o.pins().check("x.traineddata", d)).isTrue();
    assertThat(TesseractPins.of(o).check("x.traineddata", d)).isTrue();
    assertThat(TesseractPins.of(o).allowed("eng.traineddata")).isNotEmpty();
  }
}
