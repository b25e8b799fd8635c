package dev.recto.samples.synth;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers for the painters. Stateless and thread-safe. */
final class Text {

  private Text() {}

  /**
   * Breaks {@code text} at spaces into lines no wider than {@code width} points; a single word
   * wider than that gets a line of its own.
   */
  static List<String> wrap(SynthFont font, float size, String text, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && font.width(candidate, size) > width) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** {@code text} shortened at word ends (at least one word kept) to fit {@code width} points. */
  static String fit(SynthFont font, float size, String text, float width) {
    String s = text;
    while (font.width(s, size) > width && s.lastIndexOf(' ') > 0) {
      s = s.substring(0, s.lastIndexOf(' '));
    }
    return s.endsWith(",") ? s.substring(0, s.length() - 1) : s;
  }

  /** The initials of a company name, at most two letters, for logos. */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String part : name.split(" ")) {
      if (!part.isEmpty() && Character.isLetter(part.charAt(0)) && b.length() < 2) {
        b.append(Character.toUpperCase(part.charAt(0)));
      }
    }
    return b.length() == 0 ? "X" : b.toString();
  }
}
