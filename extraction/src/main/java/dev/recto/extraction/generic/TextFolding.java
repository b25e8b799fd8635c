package dev.recto.extraction.generic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds printed text into the tokens that labels are matched on: lower case, accents removed,
 * {@code ß} as {@code ss}, split at everything that is not a letter or digit; the number signs
 * {@code #}, {@code °} and {@code º} (alone or after {@code N}) read as the token {@code no}, as is
 * a capital {@code N} glued to the preposition after it ({@code Nde factura}: OCR lost the small
 * raised {@code º} and with it the gap; no word of the languages mapped starts {@code Nde}, {@code
 * Ndo}, {@code Ndu}, ...), also with the word after it glued on ({@code Ndecommande}), and a
 * capital {@code N} standing alone as a word ({@code N TVA intracommunautaire}) or followed by a
 * quote mark and a space, the raised {@code °} as OCR reads it ({@code N' CLIENT}; French elision
 * {@code N'hésitez} has no space after the quote). Two words OCR read without their space are split
 * where two small letters meet a capital followed by a small letter ({@code CustomerTax} → {@code
 * customer}, {@code tax}; {@code ShipTo} → {@code ship}, {@code to}), unless that capital is an
 * {@code L}, which OCR reads for a small {@code l} inside a word ({@code ZahLbar} stays whole);
 * where two small letters meet two capitals ({@code TotalTTC}), two capitals meet three small
 * letters ({@code TVAintracommunautaire}), and where letters are followed by digits ({@code Tax7%}
 * → {@code tax}, {@code 7}; a digit before letters is more often a misread letter, {@code 5ales}).
 *
 * <p>So {@code "N° de facture"}, {@code "Nº de factura"} and {@code "Invoice #"} fold to {@code
 * [no, de, facture]}, {@code [no, de, factura]} and {@code [invoice, no]}. Stateless and
 * thread-safe.
 */
final class TextFolding {

  private static final Pattern NUMBER_SIGN_AFTER_N = Pattern.compile("(?i)\\bn\\s*[°º]");
  private static final Pattern SIGN_READ_AS_QUOTE = Pattern.compile("\\bN['’´`\"](?=\\s|$)");
  private static final Pattern NUMBER_SIGN = Pattern.compile("[#°º]");
  private static final Pattern SIGN_LOST = Pattern.compile("\\bN(?=(?:de|del|do|da|di|du)\\b)");
  private static final Pattern SIGN_AND_SPACES_LOST = Pattern.compile("\\bNde(?=\\p{Ll}{4,}\\b)");
  private static final Pattern LONE_N = Pattern.compile("N");
  private static final Pattern CAMEL =
      Pattern.compile(
          "(?<=\\p{Ll}{2})(?=[\\p{Lu}&&[^L]]\\p{Ll})|(?<=\\p{Ll}{2})(?=\\p{Lu}{2})"
              + "|(?<=\\p{Lu}{2})(?=\\p{Ll}{3})|(?<=\\p{L})(?=\\d)");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private TextFolding() {}

  /** The folded tokens of {@code text}, in order; empty when it holds no letter or digit. */
  static List<String> tokens(String text) {
    if (LONE_N.matcher(text).matches()) {
      return List.of("no");
    }
    String s = CAMEL.matcher(text).replaceAll(" ");
    s = NUMBER_SIGN_AFTER_N.matcher(s).replaceAll(" no ");
    s = SIGN_READ_AS_QUOTE.matcher(s).replaceAll(" no ");
    s = NUMBER_SIGN.matcher(s).replaceAll(" no ");
    s = SIGN_LOST.matcher(s).replaceAll("no ");
    s = SIGN_AND_SPACES_LOST.matcher(s).replaceAll("no de ");
    s = fold(s);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean alnum = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
      if (alnum && start < 0) {
        start = i;
      } else if (!alnum && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  /** Lower case without accents; {@code ß} becomes {@code ss}. Punctuation is kept. */
  static String fold(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    return s.toLowerCase(Locale.ROOT).replace("ß", "ss");
  }

  /**
   * Levenshtein distance between two strings, stopping early once it exceeds {@code limit} (returns
   * {@code limit + 1} then).
   */
  static int editDistance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
