package dev.recto.core.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256PinsTest {

  // SHA-256 of "abc" (FIPS 180-2 test vector)
  static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void hashesStreamsAndFilesAsFips180(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("abc.txt");
    Files.writeString(f, "abc");
    assertThat(Sha256Pins.sha256(f)).isEqualTo(ABC);
    assertThat(Sha256Pins.sha256(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(ABC);
  }

  @Test
  void parsesSha256sumOutputWithCommentsAndSeveralDigestsPerName() {
    String other = "0".repeat(64);
    Sha256Pins pins =
        Sha256Pins.parse(
            "# pins\n\n" + ABC + "  abc.txt\n" + other + " *abc.txt\n" + ABC + "  b c.bin\n");
    assertThat(pins.allowed("abc.txt")).containsExactlyInAnyOrder(ABC, other);
    assertThat(pins.check("b c.bin", ABC)).isTrue();
    assertThat(pins.check("b c.bin", other)).isFalse();
    assertThat(pins.allowed("missing")).isEmpty();
  }

  @Test
  void upperCaseDigestsAreNormalized() {
    assertThat(Sha256Pins.parse(ABC.toUpperCase() + "  x\n").check("x", ABC)).isTrue();
  }

  @Test
  void aLineThatIsNoPinIsRejectedWithItsNumber() {
    assertThatThrownBy(() -> Sha256Pins.parse(ABC + "  x\nnot a pin\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void plusUnitesDigests() {
    String other = "1".repeat(64);
    Sha256Pins pins = Sha256Pins.parse(ABC + "  x\n").plus(Sha256Pins.parse(other + "  x\n"));
    assertThat(pins.allowed("x")).containsExactlyInAnyOrder(ABC, other);
  }
}
