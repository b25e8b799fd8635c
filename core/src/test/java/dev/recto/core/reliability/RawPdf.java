package dev.recto.core.reliability;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a PDF object by object, with a correct cross-reference table, so tests can build files
 * PDFBox's own writer would refuse or repair (cycles, lies, bombs). Objects are numbered from 1 in
 * the order they are added; object 1 must be the catalog. Not thread-safe; writes straight to the
 * stream it is given (the caller closes it).
 */
final class RawPdf {
  private final OutputStream out;
  private final List<Long> offsets = new ArrayList<>();
  private long position;

  RawPdf(OutputStream out) throws IOException {
    this.out = new BufferedOutputStream(out, 1 << 16);
    ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
  }

  /** Adds object {@code n} = next number; {@code body} is its dictionary or value. */
  int object(String body) throws IOException {
    int n = begin();
    ascii(body + "\nendobj\n");
    return n;
  }

  /** Adds a stream object with {@code dict} (without /Length, which is added) and raw data. */
  int stream(String dict, byte[] data) throws IOException {
    int n = begin();
    String d = dict.substring(0, dict.lastIndexOf(">>")) + " /Length " + data.length + " >>";
    ascii(d + "\nstream\n");
    out.write(data);
    position += data.length;
    ascii("\nendstream\nendobj\n");
    return n;
  }

  /** Writes the xref table and trailer and flushes; object 1 is the root. */
  void finish() throws IOException {
    long xref = position;
    StringBuilder table = new StringBuilder();
    table.append("xref\n0 ").append(offsets.size() + 1).append("\n0000000000 65535 f \n");
    for (long offset : offsets) {
      table.append(String.format("%010d 00000 n \n", offset));
    }
    ascii(table.toString());
    ascii(
        "trailer\n<< /Size "
            + (offsets.size() + 1)
            + " /Root 1 0 R >>\nstartxref\n"
            + xref
            + "\n%%EOF\n");
    out.flush();
  }

  private int begin() throws IOException {
    offsets.add(position);
    int n = offsets.size();
    ascii(n + " 0 obj\n");
    return n;
  }

  private void ascii(String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    out.write(b);
    position += b.length;
  }
}
