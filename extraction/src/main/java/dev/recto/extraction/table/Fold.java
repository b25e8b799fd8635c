package dev.recto.extraction.table;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds label text for lexicon lookups: accents removed, lower case, and every character that is
 * not a letter, digit, {@code %} or {@code #} dropped, so {@code "Art.-Nr."} becomes {@code
 * "artnr"} and {@code "Qté"} becomes {@code "qte"}.
 *
 * <p>Stateless and thread-safe.
 */
final class Fold {

  private Fold() {}

  /** The folded form of {@code text}; empty when nothing is left. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c) || c == '%' || c == '#') {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT).replace('ß', 's');
  }

  /**
   * Whether two folded strings match fuzzily: equal, or within one edit when both have at least 6
   * characters, two edits from 11 characters (OCR confusions such as {@code Quantlty}).
   */
  static boolean similar(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int shorter = Math.min(a.length(), b.length());
    int allowed = shorter >= 11 ? 2 : shorter >= 6 ? 1 : 0;
    return allowed > 0
        && Math.abs(a.length() - b.length()) <= allowed
        && withinEdits(a, b, allowed);
  }

  /**
   * Whether the Levenshtein distance of {@code a} and {@code b} is at most {@code max}: only the
   * band of cells within {@code max} of the diagonal is computed, and the scan stops as soon as a
   * whole row exceeds {@code max} (most lexicon terms differ within the first characters).
   */
  static boolean withinEdits(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return false;
    }
    int n = b.length();
    int over = max + 1;
    int[] prev = new int[n + 1];
    int[] cur = new int[n + 1];
    for (int j = 0; j <= n; j++) {
      prev[j] = Math.min(j, over);
    }
    for (int i = 1; i <= a.length(); i++) {
      int from = Math.max(1, i - max);
      int to = Math.min(n, i + max);
      cur[0] = Math.min(i, over);
      if (from > 1) {
        cur[from - 1] = over;
      }
      int rowMin = cur[0];
      for (int j = from; j <= to; j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        int v = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
        cur[j] = Math.min(v, over);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (to < n) {
        cur[to + 1] = over;
      }
      if (rowMin > max) {
        return false;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[n] <= max;
  }

  /** Levenshtein distance. */
  static int edits(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
