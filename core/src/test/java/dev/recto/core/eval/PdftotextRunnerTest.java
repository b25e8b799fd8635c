package dev.recto.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.error.ErrorCode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdftotextRunnerTest {

  @Test
  void missingProgramIsATypedErrorThatSaysHowToFixIt(@TempDir Path dir) {
    PdftotextRunner runner =
        new PdftotextRunner(dir.resolve("no-such-pdftotext"), Duration.ofSeconds(5));
    assertThat(runner.isAvailable()).isFalse();
    assertThatThrownBy(() -> runner.text(dir.resolve("x.pdf")))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("poppler")
        .satisfies(
            e ->
                assertThat(((EngineUnavailableException) e).code())
                    .isEqualTo(ErrorCode.ENGINE_UNAVAILABLE));
  }

  @Test
  void findsTheProgramOnlyWhereThePathSays(@TempDir Path dir) {
    assertThat(PdftotextRunner.findOnPath(dir.toString())).isEmpty();
    assertThat(PdftotextRunner.findOnPath(null)).isEmpty();
  }

  @Test
  void rejectsANonPositiveTimeout() {
    assertThatThrownBy(() -> new PdftotextRunner(Path.of("pdftotext"), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
