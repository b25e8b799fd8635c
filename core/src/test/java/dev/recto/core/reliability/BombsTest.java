package dev.recto.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** The bomb generator makes what it says: a valid zlib stream of exactly that many spaces. */
class BombsTest {

  @Test
  void deflatedSpacesInflateToExactlyTheSizeAskedWithAValidChecksum() throws Exception {
    long size = 64L << 20;
    byte[] packed = Bombs.deflatedSpaces(size);
    assertThat(packed.length).isLessThan((int) (size / 500));

    Inflater inflater = new Inflater();
    inflater.setInput(packed);
    byte[] buf = new byte[1 << 20];
    long total = 0;
    boolean allSpaces = true;
    while (!inflater.finished()) {
      int n = inflater.inflate(buf);
      assertThat(n > 0 || !inflater.needsInput()).as("stream ended early").isTrue();
      for (int i = 0; i < n; i++) {
        allSpaces &= buf[i] == ' ';
      }
      total += n;
    }
    // finished() after the trailer means the Adler-32 matched (Inflater checks it).
    assertThat(inflater.getRemaining()).isZero();
    inflater.end();
    assertThat(total).isEqualTo(size);
    assertThat(allSpaces).isTrue();
  }
}
