package dev.recto.templates.convert;

/**
 * Python {@code re.sub} replacement strings as {@link java.util.regex.Matcher#appendReplacement}
 * ones: {@code \g<name>} becomes {@code $n} with {@code n} the group's number (the translated
 * pattern's groups have generated names), {@code \g<1>} and {@code \1} become {@code $1}, {@code
 * \n}, {@code \t}, {@code \r} the characters, {@code \\} a backslash; {@code $} and other
 * characters are quoted. Stateless.
 */
final class PythonReplacement {

  private PythonReplacement() {}

  /**
   * The Java replacement for Python's {@code repl}.
   *
   * @param groupNames the pattern's Python group names in number order (null for unnamed)
   * @throws IllegalArgumentException for a reference to a group the pattern does not have
   */
  static String toJava(String repl, java.util.List<String> groupNames) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < repl.length(); i++) {
      char c = repl.charAt(i);
      if (c != '\\' || i + 1 >= repl.length()) {
        quote(c, out);
        continue;
      }
      char n = repl.charAt(++i);
      if (n == 'g' && i + 1 < repl.length() && repl.charAt(i + 1) == '<') {
        int close = repl.indexOf('>', i + 2);
        if (close < 0) {
          throw new IllegalArgumentException("missing > in group reference: " + repl);
        }
        String ref = repl.substring(i + 2, close);
        int g =
            !ref.isEmpty() && ref.chars().allMatch(Character::isDigit)
                ? Integer.parseInt(ref)
                : groupNames.indexOf(ref) + 1;
        if (g <= 0 && !ref.equals("0") || g > groupNames.size()) {
          throw new IllegalArgumentException("no group " + ref + " in the pattern");
        }
        out.append('$').append(g);
        i = close;
      } else if (Character.isDigit(n)) {
        if (n - '0' > groupNames.size()) {
          throw new IllegalArgumentException("no group " + n + " in the pattern");
        }
        out.append('$').append(n);
      } else if (n == 'n') {
        out.append('\n');
      } else if (n == 't') {
        out.append('\t');
      } else if (n == 'r') {
        out.append('\r');
      } else if (n == '\\') {
        out.append("\\\\");
      } else {
        out.append("\\\\"); // Python keeps an unknown escape as written
        quote(n, out);
      }
    }
    return out.toString();
  }

  private static void quote(char c, StringBuilder out) {
    if (c == '$' || c == '\\') {
      out.append('\\');
    }
    out.append(c);
  }
}
