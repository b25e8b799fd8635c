package dev.recto.ocr.tesseract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.error.ModelLoadException;
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
    try (Tessdata data = Tessdata.prepare(List.of("eng"), Path.of("/nonexistent"))) {
      dir = data.dir();
      assertThat(dir.resolve("eng.traineddata")).isRegularFile();
    }
    assertThat(Files.exists(dir)).isFalse();
  }

  @Test
  void otherLanguagesComeFromTheTessdataPath(@TempDir Path tessdata) throws Exception {
    Files.write(tessdata.resolve("xyz.traineddata"), new byte[] {1, 2, 3});
    try (Tessdata data = Tessdata.prepare(List.of("xyz", "eng"), tessdata)) {
      assertThat(Files.readAllBytes(data.dir().resolve("xyz.traineddata")))
          .containsExactly(1, 2, 3);
    }
    assertThatThrownBy(() -> Tessdata.prepare(List.of("chi_sim"), tessdata))
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
}
