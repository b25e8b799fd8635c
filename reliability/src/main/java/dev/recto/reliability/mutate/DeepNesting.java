package dev.recto.reliability.mutate;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * A key whose value nests arrays or dictionaries very deep, inserted into a dictionary. Stateless.
 */
final class DeepNesting {
  private static final Pattern DICT_OPEN = Pattern.compile("<<");
  private static final int[] DEPTHS = {64, 1_000, 10_000, 200_000};

  private DeepNesting() {}

  /** The nesting inserted just after a random {@code <<}, or null when there is none. */
  static Damage apply(byte[] original, SplittableRandom random) {
    PdfText pdf = PdfText.of(original);
    List<PdfText.Span> opens = pdf.find(DICT_OPEN);
    if (opens.isEmpty()) {
      return null;
    }
    PdfText.Span at = opens.get(random.nextInt(opens.size()));
    int depth = DEPTHS[random.nextInt(DEPTHS.length)];
    boolean arrays = random.nextBoolean();
    String open = arrays ? "[" : "<</K ";
    String close = arrays ? "]" : ">>";
    StringBuilder value = new StringBuilder(depth * (open.length() + close.length()) + 16);
    value.append(" /RectoDeep ");
    value.append(open.repeat(depth));
    if (random.nextBoolean()) {
      value.append(close.repeat(depth)); // balanced
    }
    value.append(' ');
    return new Damage(
        pdf.insert(at.end(), value.toString()).bytes(),
        (arrays ? "arrays" : "dictionaries") + " nested " + depth + " deep at " + at.end());
  }
}
