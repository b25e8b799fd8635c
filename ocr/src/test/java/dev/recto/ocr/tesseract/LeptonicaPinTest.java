package dev.recto.ocr.tesseract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.models.Sha256Pins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leptonica, which libtesseract links, is checked against its pin and loaded by absolute path. */
class LeptonicaPinTest {

  private static Path debianTesseract() {
    Optional<Path> lib = TesseractLibrary.resolve("libtesseract.so.5");
    Assumptions.assumeTrue(
        lib.isPresent(), "libtesseract.so.5 is not installed (apt-get install libtesseract5)");
    return lib.get();
  }

  @Test
  void theLeptonicaNameIsReadFromTheLibraryFile(@TempDir Path dir) throws IOException {
    assertThat(TesseractLibrary.neededLeptonica(debianTesseract())).contains("liblept.so.5");
    Path fake = dir.resolve("libfake.so");
    Files.write(fake, "\0libc.so.6\0libleptonica.so.6\0".getBytes("ISO-8859-1"));
    assertThat(TesseractLibrary.neededLeptonica(fake)).contains("libleptonica.so.6");
    Files.write(fake, "\0libc.so.6\0liblept.so.55\0".getBytes("ISO-8859-1"));
    assertThat(TesseractLibrary.neededLeptonica(fake)).isEmpty();
  }

  @Test
  void thePinnedLeptonicaIsLoadedByItsRealPath() {
    Path tesseract = debianTesseract();
    Optional<Path> lept = TesseractLibrary.preloadLeptonica(tesseract, TesseractPins.recto());
    assertThat(lept).isPresent();
    assertThat(lept.get().getFileName().toString()).startsWith("liblept.so.5.");
  }

  @Test
  void anUnpinnedLeptonicaIsRefusedWithItsDigest() {
    Path tesseract = debianTesseract();
    Sha256Pins onlyTesseract =
        Sha256Pins.parse(
            "caf99587c86adceb8e082fabb99c6da69439c6e618a7f762107db1cb060ac901  libtesseract.so.5.0.3");
    assertThatThrownBy(() -> TesseractLibrary.preloadLeptonica(tesseract, onlyTesseract))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("liblept.so.5")
        .hasMessageContaining("is not pinned");
  }
}
