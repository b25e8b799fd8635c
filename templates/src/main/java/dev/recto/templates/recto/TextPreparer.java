package dev.recto.templates.recto;

import dev.recto.templates.invoice2data.TextPreparation;
import dev.recto.templates.regex.InterruptibleText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Applies {@link TextOptions} to a layout text and keeps, for each character of the prepared text,
 * the offset of the original character it came from, so that a match in the prepared text is traced
 * back to words.
 *
 * <p>Mapping: a kept character maps to itself; the characters a character turns into (accent
 * removal, lower-casing) map to it; in the text a replacement inserts, the characters copied from a
 * group ({@code $1}) keep the origins of the characters they copy (raised where needed so that
 * origins never decrease: {@code $2$1} puts group 1 at the end of group 2) and literal characters
 * take the origin before them. Origins never decrease, so a word spanning original offsets {@code
 * [s, e)} spans the prepared characters whose origin lies in {@code [s, e)}; a word none of whose
 * characters survives (a replacement deleted it) is no longer traced, and a replacement's text is
 * traced to the first word it replaced. Stateless and thread-safe.
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
      int at = m.start() < s.length() ? in.origin()[m.start()] : originAfter(in);
      int prev = n == 0 ? at : Math.max(origin[n - 1], at);
      // a group's characters keep their own origins (clamped so origins never decrease); literal
      // characters take the origin before them
      for (int[] piece : expand(m, r.replacement(), out)) {
        int o = piece[0] < 0 ? prev : Math.max(prev, in.origin()[piece[0]]);
        origin = put(origin, n++, o);
        prev = o;
      }
      last = m.end();
    }
    for (int i = last; i < s.length(); i++) {
      origin = put(origin, n++, in.origin()[i]);
    }
    out.append(s, last, s.length());
    return new Prepared(out.toString(), Arrays.copyOf(origin, n));
  }

  /**
   * Appends the replacement for {@code m} to {@code out} (Java syntax: {@code $n}, {@code ${name}},
   * backslash escapes) and returns, per appended character, {@code {source index}} in the matched
   * text for a character copied from a group, {@code {-1}} for a literal one.
   */
  static List<int[]> expand(Matcher m, String replacement, StringBuilder out) {
    List<int[]> pieces = new ArrayList<>();
    for (int i = 0; i < replacement.length(); i++) {
      char c = replacement.charAt(i);
      if (c == '\\' && i + 1 < replacement.length()) {
        out.append(replacement.charAt(++i));
        pieces.add(new int[] {-1});
      } else if (c == '$' && i + 1 < replacement.length()) {
        if (replacement.charAt(i + 1) == '{') {
          int close = replacement.indexOf('}', i + 2);
          if (close < 0) {
            throw new IllegalArgumentException("named group reference is missing '}'");
          }
          String name = replacement.substring(i + 2, close);
          copy(m, m.start(name), m.end(name), out, pieces);
          i = close;
          continue;
        }
        int j = i + 1;
        if (!Character.isDigit(replacement.charAt(j))) {
          throw new IllegalArgumentException("illegal group reference in " + replacement);
        }
        int group = replacement.charAt(j) - '0';
        // as Matcher does: take more digits while they still name a group
        while (j + 1 < replacement.length() && Character.isDigit(replacement.charAt(j + 1))) {
          int next = group * 10 + (replacement.charAt(j + 1) - '0');
          if (next > m.groupCount()) {
            break;
          }
          group = next;
          j++;
        }
        if (group > m.groupCount()) {
          throw new IndexOutOfBoundsException("no group " + group);
        }
        copy(m, m.start(group), m.end(group), out, pieces);
        i = j;
      } else {
        out.append(c);
        pieces.add(new int[] {-1});
      }
    }
    return pieces;
  }

  private static void copy(Matcher m, int gs, int ge, StringBuilder out, List<int[]> pieces) {
    if (gs < 0) {
      return; // the group did not take part: it adds nothing
    }
    for (int k = gs; k < ge; k++) {
      out.append(sourceChar(m, k));
      pieces.add(new int[] {k});
    }
  }

  private static char sourceChar(Matcher m, int k) {
    return m.group().charAt(k - m.start());
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
