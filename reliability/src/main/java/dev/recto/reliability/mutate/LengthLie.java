package dev.recto.reliability.mutate;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/** A stream whose {@code /Length} lies about its data. Stateless. */
final class LengthLie {
  private static final Pattern DIRECT_LENGTH =
      Pattern.compile("/Length\\s+(\\d+)(?!\\s+\\d+\\s+R)");

  private LengthLie() {}

  /** One {@code /Length} changed, or null when the file has no direct stream length. */
  static Damage apply(byte[] original, SplittableRandom random) {
    PdfText pdf = PdfText.of(original);
    List<PdfText.Span> lengths = pdf.find(DIRECT_LENGTH);
    if (lengths.isEmpty()) {
      return null;
    }
    PdfText.Span s = lengths.get(random.nextInt(lengths.size()));
    long old = Long.parseLong(pdf.text().substring(s.start(), s.end()));
    String value =
        switch (random.nextInt(6)) {
          case 0 -> "0";
          case 1 -> Long.toString(old / 2);
          case 2 -> Long.toString(old + 1 + random.nextInt(4096));
          case 3 -> "-" + (1 + random.nextInt(1000));
          case 4 -> "2147483647";
          default -> "99999999999999";
        };
    return new Damage(
        pdf.replace(s.start(), s.end(), value).bytes(), "/Length " + old + " -> " + value);
  }
}
