package dev.recto.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the XHTML that {@code pdftotext -bbox} prints: one {@code <page width height>} per page
 * holding {@code <word xMin yMin xMax yMax>text</word>} elements, in PDF points with a top-left
 * origin.
 *
 * <p>A small pattern-based reader for exactly that output, not a general XML parser (no DTD is
 * fetched). Stateless and thread-safe.
 */
public final class PdftotextBboxParser {

  /**
   * One word as poppler boxes it, in points, top-left origin.
   *
   * @param text the word, entities decoded
   * @param xMin left edge
   * @param yMin top edge
   * @param xMax right edge
   * @param yMax bottom edge
   */
  public record PopplerWord(String text, double xMin, double yMin, double xMax, double yMax) {
    public PopplerWord {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * One page as poppler sizes it.
   *
   * @param width page width in points
   * @param height page height in points
   * @param words the words in poppler's order
   */
  public record PopplerPage(double width, double height, List<PopplerWord> words) {
    public PopplerPage {
      if (!(width > 0) || !(height > 0)) {
        throw new IllegalArgumentException("page size must be positive: " + width + "x" + height);
      }
      words = List.copyOf(words);
    }
  }

  private static final Pattern TAG =
      Pattern.compile(
          "<page\\s+width=\"([^\"]+)\"\\s+height=\"([^\"]+)\"\\s*>"
              + "|<word\\s+xMin=\"([^\"]+)\"\\s+yMin=\"([^\"]+)\"\\s+xMax=\"([^\"]+)\""
              + "\\s+yMax=\"([^\"]+)\"\\s*>(.*?)</word>",
          Pattern.DOTALL);

  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");

  private PdftotextBboxParser() {}

  /**
   * The pages of one {@code pdftotext -bbox} output, in order.
   *
   * @throws IllegalArgumentException when a word comes before any page or a number is malformed
   */
  public static List<PopplerPage> parse(String xhtml) {
    List<PopplerPage> pages = new ArrayList<>();
    double width = 0;
    double height = 0;
    List<PopplerWord> words = null;
    Matcher m = TAG.matcher(xhtml);
    while (m.find()) {
      if (m.group(1) != null) {
        if (words != null) {
          pages.add(new PopplerPage(width, height, words));
        }
        width = Double.parseDouble(m.group(1));
        height = Double.parseDouble(m.group(2));
        words = new ArrayList<>();
      } else {
        if (words == null) {
          throw new IllegalArgumentException("a <word> before the first <page>");
        }
        words.add(
            new PopplerWord(
                decode(m.group(7)),
                Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4)),
                Double.parseDouble(m.group(5)),
                Double.parseDouble(m.group(6))));
      }
    }
    if (words != null) {
      pages.add(new PopplerPage(width, height, words));
    }
    return pages;
  }

  static String decode(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r;
      if (e.startsWith("#x")) {
        r = Character.toString(Integer.parseInt(e.substring(2), 16));
      } else if (e.startsWith("#")) {
        r = Character.toString(Integer.parseInt(e.substring(1)));
      } else {
        r =
            switch (e) {
              case "amp" -> "&";
              case "lt" -> "<";
              case "gt" -> ">";
              case "quot" -> "\"";
              case "apos" -> "'";
              default -> m.group();
            };
      }
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    m.appendTail(out);
    return out.toString();
  }
}
