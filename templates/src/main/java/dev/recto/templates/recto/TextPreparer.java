package dev.recto.templates.recto;

import dev.recto.templates.invoice2data.TextPreparation;
import dev.recto.templates.regex.InterruptibleText;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Applies {@link TextOptions} to a layout text and keeps, for each character of the prepared text,
 * the offset of the original character it came from, so that a match in the prepared text is traced
 * back to words.
 *
 * <p>Mapping: a kept character maps to itself; the characters a character turns into (accent
 * removal, lower-casing) map to it; the text a replacement inserts maps to the start of the text it
 * replaced. Origins never decrease, so a word spanning original offsets {@code [s, e)} spans the
 * prepared characters whose origin lies in {@code [s, e)}; a word none of whose characters survives
 * (a replacement deleted it) is no longer traced, and a replacement's text is traced to the first
 * word it replaced. Stateless and thread-safe.
 */
final class TextPreparer {

  private TextPreparer() {}

  /** The prepared text and the original offset of each of its characters. */
  record Prepared(String text, int[] origin) {}

  /** {@code text} prepared by {@code options}. */
  static Prepared prepare(String text, TextOptions options) {
    int[] origin = new int[text.length()];
    Arrays.setAll(origin, i -> i);
    Prepared p = new Prepared(text, origin);
    if (options.removeWhitespace()) {
      p = perCodePoint(p, s -> s.equals(" ") ? "" : s);
    }
    if (options.removeAccents()) {
      p = perCodePoint(p, TextPreparation::removeAccents);
    }
    if (options.lowercase()) {
      p = perCodePoint(p, s -> s.toLowerCase(Locale.ROOT));
    }
    for (TextOptions.Replacement r : options.replace()) {
      p = replace(p, r);
    }
    return p;
  }

  private static Prepared perCodePoint(Prepared in, java.util.function.UnaryOperator<String> f) {
    String s = in.text();
    StringBuilder out = new StringBuilder(s.length());
    int[] origin = new int[s.length() * 3 + 1];
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      String mapped = f.apply(s.substring(i, i + len));
      for (int j = 0; j < mapped.length(); j++) {
        if (n == origin.length) {
          origin = Arrays.copyOf(origin, origin.length * 2);
        }
        origin[n++] = in.origin()[i];
      }
      out.append(mapped);
      i += len;
    }
    return new Prepared(out.toString(), Arrays.copyOf(origin, n));
  }

  private static Prepared replace(Prepared in, TextOptions.Replacement r) {
    String s = in.text();
    Matcher m = r.pattern().matcher(InterruptibleText.of(s));
    StringBuilder out = new StringBuilder(s.length());
    int[] origin = new int[s.length() + 16];
    int n = 0;
    int last = 0;
    while (m.find()) {
      for (int i = last; i < m.start(); i++) {
        origin = put(origin, n++, in.origin()[i]);
      }
      out.append(s, last, m.start());
      StringBuilder rep = new StringBuilder();
      m.appendReplacement(rep, r.replacement());
      // appendReplacement also copied s[last, m.start()): keep only the replacement's text
      String inserted = rep.substring(m.start() - last);
      int at = m.start() < s.length() ? in.origin()[m.start()] : originAfter(in);
      for (int i = 0; i < inserted.length(); i++) {
        origin = put(origin, n++, at);
      }
      out.append(inserted);
      last = m.end();
    }
    for (int i = last; i < s.length(); i++) {
      origin = put(origin, n++, in.origin()[i]);
    }
    out.append(s, last, s.length());
    return new Prepared(out.toString(), Arrays.copyOf(origin, n));
  }

  private static int originAfter(Prepared in) {
    int n = in.origin().length;
    return n == 0 ? 0 : in.origin()[n - 1] + 1;
  }

  private static int[] put(int[] a, int i, int v) {
    int[] out = i < a.length ? a : Arrays.copyOf(a, a.length * 2 + 1);
    out[i] = v;
    return out;
  }
}
