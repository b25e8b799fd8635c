package dev.recto.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.model.InputFormat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

  private static java.util.Optional<InputFormat> sniff(byte[] b) {
    return FormatSniffer.sniff(b, b.length);
  }

  @Test
  void recognizesMagicNumbers() {
    assertThat(sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(InputFormat.PDF);
    assertThat(sniff("junk before %PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
        .contains(InputFormat.PDF);
    assertThat(sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}))
        .contains(InputFormat.PNG);
    assertThat(sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
        .contains(InputFormat.JPEG);
    assertThat(sniff(new byte[] {'I', 'I', 42, 0})).contains(InputFormat.TIFF);
    assertThat(sniff(new byte[] {'M', 'M', 0, 42})).contains(InputFormat.TIFF);
  }

  @Test
  void rejectsOthersAndShortInput() {
    assertThat(sniff("hello".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(sniff(new byte[0])).isEmpty();
    assertThat(sniff(new byte[] {(byte) 0x89, 'P'})).isEmpty();
    assertThat(sniff("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
  }
}
