package dev.recto.templates.invoice2data;

/** Python's {@code str.strip()}: removes the characters Python calls whitespace at both ends. */
final class PyStrings {
  private PyStrings() {}

  /** Whether Python's {@code str.isspace()} holds for {@code c}. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** Python's {@code s.strip()}. */
  static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }
}
