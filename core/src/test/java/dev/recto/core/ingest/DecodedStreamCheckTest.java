package dev.recto.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.LimitExceededException;
import dev.recto.core.process.Deadline;
import dev.recto.core.testkit.TestPdfs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;

class DecodedStreamCheckTest {

  private static final Deadline DEADLINE = Deadline.startingNow(Duration.ofMinutes(1));

  /** A one-page PDF whose content stream is {@code content}, flate-compressed by PDFBox. */
  private static PDDocument withContent(byte[] content) throws IOException {
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage();
    doc.addPage(page);
    PDStream stream = new PDStream(doc);
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(content);
    }
    page.setContents(stream);
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    doc.save(saved);
    doc.close();
    return Loader.loadPDF(saved.toByteArray());
  }

  @Test
  void streamsThatCannotReachACapAreNotDecoded() throws IOException {
    try (PDDocument doc = Loader.loadPDF(TestPdfs.textPages(List.of("Total 10.00")))) {
      assertThat(new DecodedStreamCheck(256L << 20, 2000, 1L << 20).check(doc, DEADLINE)).isZero();
    }
  }

  @Test
  void aStreamThatMightReachTheCapIsDecodedAndPassesWhenItDoesNot() throws IOException {
    byte[] noise = new byte[64 << 10];
    new Random(7).nextBytes(noise); // incompressible: 64 KiB encoded, bound 66 MB
    try (PDDocument doc = withContent(noise)) {
      assertThat(new DecodedStreamCheck(16L << 20, 2000, 1L << 20).check(doc, DEADLINE))
          .isEqualTo(1);
    }
  }

  @Test
  void aStreamOverTheCapIsRefusedWithTheCountSoFar() throws IOException {
    try (PDDocument doc = withContent(new byte[8 << 20])) {
      assertThatThrownBy(
              () -> new DecodedStreamCheck(4L << 20, 2000, 1L << 20).check(doc, DEADLINE))
          .isInstanceOfSatisfying(
              LimitExceededException.class,
              e -> {
                assertThat(e.limit()).isEqualTo("maxDecodedStreamBytes");
                assertThat(e.actual()).isGreaterThan(4L << 20).isLessThan(8L << 20);
              });
    }
  }

  @Test
  void expansionBoundsMultiplyAlongTheChain() {
    assertThat(DecodedStreamCheck.expansionBound(List.of(COSName.FLATE_DECODE))).isEqualTo(1032);
    assertThat(
            DecodedStreamCheck.expansionBound(
                List.of(COSName.ASCII85_DECODE, COSName.FLATE_DECODE)))
        .isEqualTo(4 * 1032);
    assertThat(DecodedStreamCheck.expansionBound(List.of(COSName.getPDFName("Unknown"))))
        .isInfinite();
  }
}
