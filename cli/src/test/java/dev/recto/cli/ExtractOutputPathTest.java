package dev.recto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.samples.SampleInvoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recto extract --out} does not write through a symbolic link planted in the folder. */
class ExtractOutputPathTest {

  @TempDir Path dir;

  @Test
  void aSymlinkInTheOutputFolderIsNotWrittenThrough() throws IOException {
    Path input = dir.resolve("in/sample.pdf");
    Files.createDirectories(input.getParent());
    Files.write(input, SampleInvoice.pdfBytes());
    Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
    Path out = Files.createDirectories(dir.resolve("out"));
    try {
      Files.createSymbolicLink(out.resolve("sample.pdf.json"), victim);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("skipped: no symbolic links here: " + e);
    }

    ExtractCommandTest.Run r =
        ExtractCommandTest.run(
            "extract", "--ocr", "off", "--overwrite", "--out", out.toString(), input.toString());

    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("symbolic link");
    assertThat(Files.readString(victim)).isEqualTo("keep me");
  }
}
