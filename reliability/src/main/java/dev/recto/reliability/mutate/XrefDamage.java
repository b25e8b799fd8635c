package dev.recto.reliability.mutate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/** Damage to the cross-reference data: where the parser looks for objects. Stateless. */
final class XrefDamage {
  private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)");
  private static final Pattern ENTRY = Pattern.compile("(\\d{10}) \\d{5} n");
  private static final Pattern PREV = Pattern.compile("/Prev\\s+(\\d+)");
  private static final Pattern W_ARRAY =
      Pattern.compile("/W\\s*\\[\\s*(\\d+\\s+\\d+\\s+\\d+)\\s*\\]");

  private XrefDamage() {}

  /** One applicable variant, or null when the file has no xref syntax at all. */
  static Damage apply(byte[] original, SplittableRandom random) {
    PdfText pdf = PdfText.of(original);
    List<Variant> variants = new ArrayList<>();
    List<PdfText.Span> startxref = pdf.find(STARTXREF);
    List<PdfText.Span> entries = pdf.find(ENTRY);
    List<PdfText.Span> prev = pdf.find(PREV);
    List<PdfText.Span> w = pdf.find(W_ARRAY);
    if (!startxref.isEmpty()) {
      variants.add(Variant.MOVE_STARTXREF);
      variants.add(Variant.DROP_STARTXREF);
    }
    if (!entries.isEmpty()) {
      variants.add(Variant.SCRAMBLE_ENTRIES);
    }
    if (!prev.isEmpty()) {
      variants.add(Variant.MOVE_PREV);
    }
    if (!w.isEmpty()) {
      variants.add(Variant.BREAK_W);
    }
    if (variants.isEmpty()) {
      return null;
    }
    Variant v = variants.get(random.nextInt(variants.size()));
    return switch (v) {
      case MOVE_STARTXREF -> renumber(pdf, last(startxref), random, original.length, "startxref");
      case DROP_STARTXREF -> {
        PdfText.Span s = last(startxref);
        int keyword = pdf.text().lastIndexOf("startxref", s.start());
        yield new Damage(
            pdf.replace(keyword, keyword + "startxref".length(), "startxrez").bytes(),
            "startxref keyword broken at " + keyword);
      }
      case SCRAMBLE_ENTRIES -> scramble(pdf, entries, random);
      case MOVE_PREV -> renumber(pdf, pick(prev, random), random, original.length, "/Prev");
      case BREAK_W -> {
        PdfText.Span s = pick(w, random);
        String[] widths = {"0 0 0", "1 99 1", "4 4 4", "1 2", "-1 2 1", "1 2147483647 1"};
        String with = widths[random.nextInt(widths.length)];
        yield new Damage(pdf.replace(s.start(), s.end(), with).bytes(), "/W [" + with + "]");
      }
    };
  }

  private static Damage renumber(
      PdfText pdf, PdfText.Span span, SplittableRandom random, int fileLength, String what) {
    long old = Long.parseLong(pdf.text().substring(span.start(), span.end()));
    long value =
        switch (random.nextInt(5)) {
          case 0 -> 0;
          case 1 -> Math.max(0, old + random.nextInt(-64, 65));
          case 2 -> random.nextInt(Math.max(1, fileLength));
          case 3 -> fileLength + 1L + random.nextInt(1 << 20);
          default -> 99_999_999_999L;
        };
    return new Damage(
        pdf.replace(span.start(), span.end(), Long.toString(value)).bytes(),
        what + " " + old + " -> " + value);
  }

  private static Damage scramble(PdfText pdf, List<PdfText.Span> entries, SplittableRandom random) {
    int count = Math.min(entries.size(), 1 + random.nextInt(8));
    PdfText out = pdf;
    for (int i = 0; i < count; i++) {
      PdfText.Span s = pick(entries, random);
      String digits = String.format("%010d", random.nextLong(10_000_000_000L));
      out = out.replace(s.start(), s.end(), digits); // same length: other offsets stay valid
    }
    return new Damage(out.bytes(), count + " xref entries of " + entries.size() + " scrambled");
  }

  private static PdfText.Span last(List<PdfText.Span> spans) {
    return spans.get(spans.size() - 1);
  }

  private static PdfText.Span pick(List<PdfText.Span> spans, SplittableRandom random) {
    return spans.get(random.nextInt(spans.size()));
  }

  private enum Variant {
    MOVE_STARTXREF,
    DROP_STARTXREF,
    SCRAMBLE_ENTRIES,
    MOVE_PREV,
    BREAK_W
  }
}
