package dev.recto.templates.recto;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Case and accent folding for keywords and labels: lower case (root locale), accents removed (NFD,
 * combining marks dropped), and split into tokens at every character that is neither a letter nor a
 * digit. {@code "Rechnungs-Nr.:"} gives {@code [rechnungs, nr]}. Stateless.
 */
public final class Folding {

  private Folding() {}

  /** The folded tokens of {@code text}, in order. */
  public static List<String> tokens(String text) {
    String s = fold(text);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < s.length(); i++) {
      boolean word = Character.isLetterOrDigit(s.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      }
    }
    if (start >= 0) {
      out.add(s.substring(start));
    }
    return out;
  }

  /** Lower case without accents; other characters kept. */
  public static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean ascii = true;
    for (int i = 0; i < lower.length() && ascii; i++) {
      ascii = lower.charAt(i) < 128;
    }
    if (ascii) {
      return lower;
    }
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }
}
