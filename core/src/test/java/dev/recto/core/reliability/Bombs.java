package dev.recto.core.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Hostile inputs generated on the fly (no binary fixtures): each is small on disk and would cost
 * gigabytes, or never end, if its cap did not fire. Stateless.
 */
final class Bombs {
  private Bombs() {}

  /**
   * A zlib stream of {@code decodedBytes} spaces (a valid, empty content stream), about 1,000 times
   * smaller. Deflating a gigabyte takes half a minute, so this deflates three 1 MiB blocks, each
   * ended by a sync flush; once the compressor is in its steady state a block of spaces always
   * compresses to the same bytes, which are repeated, and the stream ends with an empty final block
   * and the Adler-32 of all the data.
   */
  static byte[] deflatedSpaces(long decodedBytes) {
    int block = 1 << 20;
    byte[] spaces = new byte[block];
    Arrays.fill(spaces, (byte) ' ');
    long blocks = (decodedBytes + block - 1) / block;
    if (decodedBytes % block != 0 || blocks < 4) {
      return deflateDirectly(spaces, decodedBytes);
    }
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    byte[] first = deflate(deflater, spaces, Deflater.SYNC_FLUSH);
    byte[] second = deflate(deflater, spaces, Deflater.SYNC_FLUSH);
    byte[] third = deflate(deflater, spaces, Deflater.SYNC_FLUSH);
    if (!Arrays.equals(second, third)) {
      deflater.end();
      return deflateDirectly(spaces, decodedBytes);
    }
    deflater.finish();
    byte[] end = deflate(deflater, new byte[0], Deflater.FULL_FLUSH);
    deflater.end();
    Adler32 adler = new Adler32();
    for (long i = 0; i < blocks; i++) {
      adler.update(spaces);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(first);
    for (long i = 1; i < blocks; i++) {
      out.writeBytes(second);
    }
    out.write(end, 0, end.length - 4); // the final block, without the checksum of 3 blocks
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) adler.getValue()).array());
    return out.toByteArray();
  }

  private static byte[] deflate(Deflater deflater, byte[] input, int flush) {
    deflater.setInput(input);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    while (true) {
      int n = deflater.deflate(buf, 0, buf.length, flush);
      out.write(buf, 0, n);
      if (deflater.finished() || (n < buf.length && deflater.needsInput())) {
        return out.toByteArray();
      }
    }
  }

  private static byte[] deflateDirectly(byte[] spaces, long decodedBytes) {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (OutputStream out =
        new DeflaterOutputStream(packed, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
      for (long left = decodedBytes; left > 0; left -= spaces.length) {
        out.write(spaces, 0, (int) Math.min(left, spaces.length));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return packed.toByteArray();
  }

  /** One page whose content stream is {@code content}, with {@code filter} and extra resources. */
  static byte[] onePage(String resources, String streamDict, byte[] content, String... extra) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      RawPdf pdf = new RawPdf(bytes);
      pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
      pdf.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
      pdf.object(
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
              + resources
              + " /Contents 4 0 R >>");
      pdf.stream(streamDict, content);
      for (String object : extra) {
        if (object.startsWith("stream:")) {
          String[] parts = object.substring(7).split("\u0000", 2);
          pdf.stream(parts[0], parts[1].getBytes(StandardCharsets.ISO_8859_1));
        } else {
          pdf.object(object);
        }
      }
      pdf.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** An extra stream object for {@link #onePage}: dictionary (without /Length) and data. */
  static String stream(String dict, String data) {
    return "stream:" + dict + "\u0000" + data;
  }

  /** A page whose content stream is a flate stream inflating to {@code decodedBytes} spaces. */
  static byte[] flateBomb(long decodedBytes) {
    return onePage("<< >>", "<< /Filter /FlateDecode >>", deflatedSpaces(decodedBytes));
  }

  /**
   * A page showing text in a TrueType font whose embedded font file (FontFile2) is a flate stream
   * inflating to {@code decodedBytes}: PDFBox reads a font file whole into memory.
   */
  static byte[] fontFileBomb(long decodedBytes) {
    return onePage(
        "<< /Font << /F1 5 0 R >> >>",
        "<< >>",
        "BT /F1 12 Tf 72 700 Td (abc) Tj ET".getBytes(StandardCharsets.ISO_8859_1),
        "<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 97 /LastChar 99"
            + " /Widths [500 500 500] /FontDescriptor 6 0 R >>",
        "<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000]"
            + " /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80"
            + " /FontFile2 7 0 R >>",
        stream(
            "<< /Filter /FlateDecode >>",
            new String(deflatedSpaces(decodedBytes), StandardCharsets.ISO_8859_1)));
  }

  /** A page that draws a {@code width} x {@code height} RGB image whose data is 1 KiB. */
  static byte[] hugeImageXObject(int width, int height) {
    byte[] data = new byte[1024];
    return onePage(
        "<< /XObject << /Im1 5 0 R >> >>",
        "<< >>",
        "q 612 0 0 792 0 0 cm /Im1 Do Q".getBytes(StandardCharsets.ISO_8859_1),
        stream(
            "<< /Type /XObject /Subtype /Image /Width "
                + width
                + " /Height "
                + height
                + " /ColorSpace /DeviceRGB /BitsPerComponent 8 >>",
            new String(data, StandardCharsets.ISO_8859_1)));
  }

  /** A page tree whose intermediate node lists its own parent as a kid. */
  static byte[] cyclicPageTree() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      RawPdf pdf = new RawPdf(bytes);
      pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
      pdf.object("<< /Type /Pages /Kids [3 0 R] /Count 2 >>");
      pdf.object("<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 2 0 R] /Count 2 >>");
      pdf.object("<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Contents 5 0 R >>");
      pdf.stream("<< >>", "BT ET".getBytes(StandardCharsets.ISO_8859_1));
      pdf.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A page showing text in a Type3 font whose only glyph shows itself in the same font. */
  static byte[] recursiveType3Font() {
    String glyph = "1000 0 0 0 750 750 d1 BT /F1 1 Tf (a) Tj ET 0 0 750 750 re f";
    return onePage(
        "<< /Font << /F1 5 0 R >> >>",
        "<< >>",
        "BT /F1 24 Tf 72 700 Td (aaaa) Tj ET".getBytes(StandardCharsets.ISO_8859_1),
        "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 750 750]"
            + " /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /a 6 0 R >>"
            + " /Encoding << /Type /Encoding /Differences [97 /a] >>"
            + " /FirstChar 97 /LastChar 97 /Widths [1000]"
            + " /Resources << /Font << /F1 5 0 R >> >> >>",
        stream("<< >>", glyph));
  }

  /** A page drawing a form XObject that draws itself twice: 2^depth draws without a guard. */
  static byte[] selfDrawingForm() {
    return onePage(
        "<< /XObject << /X1 5 0 R >> >>",
        "<< >>",
        "/X1 Do".getBytes(StandardCharsets.ISO_8859_1),
        stream(
            "<< /Type /XObject /Subtype /Form /BBox [0 0 612 792]"
                + " /Resources << /XObject << /X1 5 0 R >> >> >>",
            "q 0.5 0 0 0.5 0 0 cm /X1 Do Q q 0.5 0 0 0.5 306 396 cm /X1 Do Q"));
  }

  /**
   * A PDF of {@code pages} distinct pages (sharing one content stream) in a two-level page tree,
   * written to {@code file}: about 100 bytes per page.
   */
  static Path manyPages(Path file, int pages) {
    int perNode = 1000;
    int nodes = (pages + perNode - 1) / perNode;
    try (OutputStream out = Files.newOutputStream(file)) {
      RawPdf pdf = new RawPdf(out);
      // 1 catalog, 2 root, 3 content, 4.. nodes, then the pages node by node.
      pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
      StringBuilder kids = new StringBuilder();
      for (int i = 0; i < nodes; i++) {
        kids.append(4 + i).append(" 0 R ");
      }
      pdf.object("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>");
      pdf.stream("<< >>", "BT ET".getBytes(StandardCharsets.ISO_8859_1));
      int firstPage = 4 + nodes;
      for (int i = 0; i < nodes; i++) {
        int from = i * perNode;
        int count = Math.min(perNode, pages - from);
        StringBuilder k = new StringBuilder();
        for (int p = 0; p < count; p++) {
          k.append(firstPage + from + p).append(" 0 R ");
        }
        pdf.object("<< /Type /Pages /Parent 2 0 R /Kids [" + k + "] /Count " + count + " >>");
      }
      for (int p = 0; p < pages; p++) {
        pdf.object(
            "<< /Type /Page /Parent "
                + (4 + p / perNode)
                + " 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>");
      }
      pdf.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * A 7 kB PDF whose page tree holds {@code 100 x 1000} pages: the root lists one intermediate node
   * 100 times, which lists one page 1,000 times (a directed acyclic graph, as a damaged or hostile
   * file may have). {@link #manyPages} writes the same count as distinct objects.
   */
  static byte[] hundredThousandPagesCompact() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      RawPdf pdf = new RawPdf(bytes);
      pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
      pdf.object("<< /Type /Pages /Kids [" + "3 0 R ".repeat(100) + "] /Count 100000 >>");
      pdf.object(
          "<< /Type /Pages /Parent 2 0 R /Kids [" + "4 0 R ".repeat(1000) + "] /Count 1000 >>");
      pdf.object("<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Contents 5 0 R >>");
      pdf.stream("<< >>", "BT ET".getBytes(StandardCharsets.ISO_8859_1));
      pdf.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A PNG whose header claims {@code width} x {@code height} RGB pixels; its data is tiny. */
  static byte[] pngHeader(int width, int height) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
    ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(png, "IHDR", ihdr.array());
    chunk(png, "IDAT", deflatedSpaces(1024));
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(t);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
