package dev.recto.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPathsTest {

  @TempDir Path dir;

  @Test
  void aPlainNameResolvesInsideTheRoot() {
    assertThat(OutputPaths.child(dir, "invoice.pdf.json"))
        .isEqualTo(dir.resolve("invoice.pdf.json"));
    assertThat(OutputPaths.child(dir, "..json")).isEqualTo(dir.resolve("..json"));
  }

  @Test
  void namesThatLeaveTheRootAreRefused() {
    for (String name :
        new String[] {"..", ".", "", "../x.json", "a/../../x", "/etc/passwd", "a\\b", "x\0y"}) {
      assertThatThrownBy(() -> OutputPaths.child(dir, name))
          .as("name %s", name)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void anExistingSymlinkIsNotWrittenThrough() throws IOException {
    Path outside = Files.writeString(dir.resolve("outside.txt"), "keep");
    Path out = Files.createDirectories(dir.resolve("out"));
    try {
      Files.createSymbolicLink(out.resolve("r.json"), outside);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("skipped: no symbolic links here: " + e);
    }
    assertThatThrownBy(() -> OutputPaths.child(out, "r.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("symbolic link");
  }
}
