package dev.recto.reliability.mutate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF's bytes seen as ISO-8859-1 text (one char per byte), so regular expressions find its syntax
 * and edits map back to bytes one to one. Immutable.
 */
record PdfText(String text) {

  private static final Pattern OBJECT_HEADER =
      Pattern.compile("(\\d{1,9})\\s+(\\d{1,5})\\s+obj\\b");

  static PdfText of(byte[] bytes) {
    return new PdfText(new String(bytes, StandardCharsets.ISO_8859_1));
  }

  byte[] bytes() {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Every match of {@code pattern}, as start/end/group-1 spans. */
  List<Span> find(Pattern pattern) {
    List<Span> spans = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (m.groupCount() >= 1 && m.group(1) != null) {
        spans.add(new Span(m.start(1), m.end(1)));
      } else {
        spans.add(new Span(m.start(), m.end()));
      }
    }
    return spans;
  }

  /** Indirect objects {@code N G obj ... endobj}, with their number; unterminated ones skipped. */
  List<IndirectObject> objects() {
    List<IndirectObject> objects = new ArrayList<>();
    Matcher m = OBJECT_HEADER.matcher(text);
    int from = 0;
    while (m.find(from)) {
      int end = text.indexOf("endobj", m.end());
      if (end < 0) {
        break;
      }
      objects.add(
          new IndirectObject(
              m.start(),
              end + "endobj".length(),
              m.group(1),
              m.end(),
              Integer.parseInt(m.group(2))));
      from = end + "endobj".length();
    }
    return objects;
  }

  PdfText replace(int start, int end, String with) {
    return new PdfText(text.substring(0, start) + with + text.substring(end));
  }

  PdfText insert(int at, String what) {
    return replace(at, at, what);
  }

  /** A half-open range of chars (= bytes). */
  record Span(int start, int end) {}

  /**
   * An indirect object's span.
   *
   * @param start offset of its number
   * @param end offset just past {@code endobj}
   * @param number its object number, as written
   * @param bodyStart offset just past {@code obj}
   * @param generation its generation
   */
  record IndirectObject(int start, int end, String number, int bodyStart, int generation) {
    String body(String text) {
      return text.substring(bodyStart, end);
    }
  }
}
