package dev.recto.ocr.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SroieTruthTest {

  @TempDir Path dir;

  @Test
  void splitsOnTheFirstEightCommasOnly() {
    String csv =
        "72,25,326,25,326,64,72,64,TAN WOON YANN\r\n"
            + "50,82,440,82,440,121,50,121,BOOK TA .K(TAMAN DAYA) SDN BND\n"
            + "\n"
            + "205,121,285,121,285,139,205,139,NO.53 55,57 & 59, JALAN SAGU 18,\n";
    assertThat(SroieTruth.parse(csv))
        .containsExactly(
            "TAN WOON YANN", "BOOK TA .K(TAMAN DAYA) SDN BND", "NO.53 55,57 & 59, JALAN SAGU 18,");
  }

  @Test
  void collapsesWhitespaceAndSkipsEmptyTexts() {
    assertThat(SroieTruth.parse("1,2,3,4,5,6,7,8,  TOTAL    9.00 \n1,2,3,4,5,6,7,8,   \n"))
        .containsExactly("TOTAL 9.00");
  }

  @Test
  void rejectsRowsWithoutEightCoordinates() {
    assertThatThrownBy(() -> SroieTruth.parse("1,2,3,4,5,6,7,TEXT\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1");
    assertThatThrownBy(() -> SroieTruth.parse("1,2,3,x,5,6,7,8,TEXT\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("coordinate 4");
  }

  @Test
  void readsUtf8AndFallsBackToLatin1() throws IOException {
    Path utf8 = dir.resolve("a.csv");
    Files.writeString(
        utf8, "1,2,3,4,5,6,7,8,CAFÉ\n1,2,3,4,5,6,7,8,RM 5.00\n", StandardCharsets.UTF_8);
    assertThat(SroieTruth.read(utf8)).isEqualTo("CAFÉ RM 5.00");
    Path latin1 = dir.resolve("b.csv");
    Files.write(latin1, "1,2,3,4,5,6,7,8,CAFÉ\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(SroieTruth.read(latin1)).isEqualTo("CAFÉ");
  }
}
