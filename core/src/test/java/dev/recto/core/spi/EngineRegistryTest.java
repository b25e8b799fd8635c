package dev.recto.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.testkit.FakeOcrEngine;
import dev.recto.core.testkit.Providers;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineRegistryTest {

  private static OcrEngineProvider provider(String id, int priority) {
    return Providers.ocr(id, priority, () -> new FakeOcrEngine(id));
  }

  @Test
  void bestIsHighestPriorityAndLookupByIdWorks() {
    EngineRegistry<OcrEngineProvider> r =
        new EngineRegistry<>("OCR engine", "hint", List.of(provider("b", 1), provider("a", 5)));
    assertThat(r.best()).get().extracting(EngineProvider::id).isEqualTo("a");
    assertThat(r.all()).extracting(EngineProvider::id).containsExactly("a", "b");
    assertThat(r.find("b")).isPresent();
    assertThat(r.find("c")).isEmpty();
  }

  @Test
  void duplicateIdsAreRejected() {
    assertThatThrownBy(
            () ->
                new EngineRegistry<>(
                    "OCR engine", "hint", List.of(provider("a", 1), provider("a", 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate OCR engine id 'a'");
  }

  @Test
  void missingIdNamesKnownIdsAndHowToInstall() {
    EngineRegistry<OcrEngineProvider> r =
        new EngineRegistry<>("OCR engine", "add recto-ocr", List.of(provider("x", 1)));
    assertThatThrownBy(() -> r.require("ppocr"))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessage("no OCR engine 'ppocr' (known: [x]); add recto-ocr");
  }

  @Test
  void emptyServiceLoaderRegistryHasNoBest() {
    EngineRegistry<OcrEngineProvider> r =
        EngineRegistry.load(
            OcrEngineProvider.class, getClass().getClassLoader(), "OCR engine", "h");
    assertThat(r.best()).isEmpty();
  }
}
