package dev.recto.templates.regex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression written for Python's {@code re} module, translated to and compiled as a
 * {@link Pattern}, with the operations invoice2data uses ({@code search}, {@code findall}, {@code
 * groupdict}, {@code sub}, {@code split}) given Python's results.
 *
 * <p><b>Translation.</b> {@code (?P<name>...)} becomes a Java named group (Java names allow letters
 * and digits only, so every named group gets a generated name, see {@link #groupNames()}); {@code
 * (?P=name)} becomes {@code \k<...>}; {@code (?#...)} comments are dropped; {@code \Z} becomes
 * {@code \z}; {@code {,n}} becomes {@code {0,n}}; {@code \v}, {@code \0} and, in a class, {@code
 * \b} keep Python's meaning (vertical tab, NUL, backspace); a brace that does not form a
 * quantifier, and {@code [} or {@code &} inside a character class, are escaped, as Python reads
 * them literally; inline flags {@code a}, {@code u} and {@code L} are dropped. The pattern is
 * compiled with {@link Pattern#UNICODE_CHARACTER_CLASS} (Python's {@code \w}, {@code \d}, {@code
 * \s} and {@code \b} are Unicode-aware on {@code str}) and {@link Pattern#UNIX_LINES} (only {@code
 * \n} ends a line for {@code .}, {@code ^} and {@code $}, as in Python).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * PythonRegex re = PythonRegex.compile("Total\\s+(?P<amount_due>\\d+,\\d\\d)");
 * re.search(text).map(m -> re.groupDict(m).get("amount_due"));
 * }</pre>
 *
 * @param source the Python pattern as written
 * @param pattern the compiled Java pattern
 * @param groupNames for each capturing group, in group-number order, its Python name or {@code
 *     null} for an unnamed group
 * @param javaNames for each capturing group, its Java name or {@code null}
 */
public record PythonRegex(
    String source, Pattern pattern, List<String> groupNames, List<String> javaNames) {

  /** The flags every translated pattern is compiled with. */
  public static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES;

  public PythonRegex {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(pattern, "pattern");
    groupNames = Collections.unmodifiableList(new ArrayList<>(groupNames));
    javaNames = Collections.unmodifiableList(new ArrayList<>(javaNames));
    if (groupNames.size() != javaNames.size()) {
      throw new IllegalArgumentException("groupNames and javaNames differ in size");
    }
  }

  /**
   * Translates and compiles a Python pattern.
   *
   * @throws PatternSyntaxException when the pattern is not valid (its description says why)
   */
  public static PythonRegex compile(String python) {
    Translation t = translate(python, null);
    return new PythonRegex(python, Pattern.compile(t.java, FLAGS), t.names, t.javaNames);
  }

  /** The Java pattern text for a Python pattern (exposed for tests and diagnostics). */
  public static String toJava(String python) {
    return translate(python, null).java;
  }

  /**
   * The Java pattern text for a Python pattern, with its named groups renamed: {@code rename} gives
   * each Python group name its Java name (letters and digits, unique), or null to make it an
   * unnamed capturing group (a named back-reference to it then becomes a numbered one). Used to
   * turn invoice2data's column names into Recto's field names.
   *
   * @throws PatternSyntaxException when the pattern is not valid
   */
  public static String toJava(String python, java.util.function.Function<String, String> rename) {
    return translate(python, java.util.Objects.requireNonNull(rename, "rename")).java;
  }

  /** The number of capturing groups, named or not. */
  public int groupCount() {
    return groupNames.size();
  }

  /** Python's {@code re.search}: the first match anywhere in {@code text}. */
  public Optional<Matcher> search(CharSequence text) {
    Matcher m = pattern.matcher(InterruptibleText.of(text));
    return m.find() ? Optional.of(m) : Optional.empty();
  }

  /**
   * Python's {@code re.findall}: per match, the whole match when the pattern has no group, the
   * group (empty when it did not take part) when it has one, and every group when it has more. Each
   * element of the returned list is one match's list of strings (of size 1 for the first two
   * cases).
   */
  public List<List<String>> findAll(CharSequence text) {
    List<List<String>> out = new ArrayList<>();
    Matcher m = pattern.matcher(InterruptibleText.of(text));
    int groups = groupCount();
    while (m.find()) {
      if (groups == 0) {
        out.add(List.of(m.group()));
      } else {
        List<String> row = new ArrayList<>(groups);
        for (int g = 1; g <= groups; g++) {
          String v = m.group(g);
          row.add(v == null ? "" : v);
        }
        out.add(Collections.unmodifiableList(row));
      }
    }
    return out;
  }

  /**
   * Python's {@code Match.groupdict()}: the named groups in the order they appear in the pattern,
   * each with its text or {@code null} when it did not take part in the match.
   */
  public Map<String, String> groupDict(Matcher match) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < groupNames.size(); i++) {
      String name = groupNames.get(i);
      if (name != null) {
        out.put(name, match.group(i + 1));
      }
    }
    return out;
  }

  /**
   * Python's {@code re.sub(pattern, repl, text)}: {@code repl} may use {@code \g<name>}, {@code
   * \g<1>}, {@code \1} and the escapes {@code \n}, {@code \t}, {@code \r}, {@code \\}; a group that
   * did not take part is replaced by nothing.
   */
  public String sub(String repl, String text) {
    Matcher m = pattern.matcher(InterruptibleText.of(text));
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start());
      out.append(expand(repl, m));
      last = m.end();
    }
    if (last < text.length()) {
      out.append(text, last, text.length());
    }
    return out.toString();
  }

  /** Python's {@code re.split(pattern, text)} for a pattern without groups: keeps empty parts. */
  public List<String> split(String text) {
    return List.of(pattern.split(text, -1));
  }

  private String expand(String repl, Matcher m) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < repl.length(); i++) {
      char c = repl.charAt(i);
      if (c != '\\' || i + 1 >= repl.length()) {
        out.append(c);
        continue;
      }
      char n = repl.charAt(++i);
      if (n == 'g' && i + 1 < repl.length() && repl.charAt(i + 1) == '<') {
        int close = repl.indexOf('>', i + 2);
        if (close < 0) {
          throw new IllegalArgumentException("missing > in group reference: " + repl);
        }
        String ref = repl.substring(i + 2, close);
        out.append(groupText(m, ref));
        i = close;
      } else if (Character.isDigit(n)) {
        int end = i + 1;
        if (end < repl.length() && Character.isDigit(repl.charAt(end))) {
          end++;
        }
        out.append(groupText(m, repl.substring(i, end)));
        i = end - 1;
      } else {
        switch (n) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'f' -> out.append('\f');
          case '\\' -> out.append('\\');
          default -> out.append('\\').append(n);
        }
      }
    }
    return out.toString();
  }

  private String groupText(Matcher m, String ref) {
    int index;
    if (!ref.isEmpty() && ref.chars().allMatch(Character::isDigit)) {
      index = Integer.parseInt(ref);
    } else {
      index = groupNames.indexOf(ref) + 1;
      if (index == 0) {
        throw new IllegalArgumentException("unknown group name in replacement: " + ref);
      }
    }
    if (index > groupCount()) {
      throw new IllegalArgumentException("invalid group reference " + ref);
    }
    String v = m.group(index);
    return v == null ? "" : v;
  }

  private record Translation(String java, List<String> names, List<String> javaNames) {}

  private static Translation translate(
      String py, java.util.function.Function<String, String> rename) {
    StringBuilder out = new StringBuilder(py.length() + 16);
    List<String> names = new ArrayList<>();
    List<String> javaNames = new ArrayList<>();
    Map<String, String> byName = new LinkedHashMap<>();
    boolean inClass = false;
    int n = py.length();
    for (int i = 0; i < n; i++) {
      char c = py.charAt(i);
      if (c == '\\') {
        if (i + 1 >= n) {
          throw new PatternSyntaxException("bad escape (end of pattern)", py, i);
        }
        char e = py.charAt(++i);
        if (!inClass && e == 'Z') {
          out.append("\\z");
        } else if (e == 'v') {
          out.append("\\x0B"); // Python: vertical tab; Java: any vertical whitespace
        } else if (inClass && e == 'b') {
          out.append("\\x08"); // Python: backspace inside a class
        } else if (e == '0' && (i + 1 >= n || py.charAt(i + 1) < '0' || py.charAt(i + 1) > '7')) {
          out.append("\\x00"); // Python: NUL; Java needs a digit after \0
        } else if (e == 'U') {
          String hex = py.substring(i + 1, Math.min(n, i + 9));
          out.append("\\x{").append(hex).append('}');
          i += hex.length();
        } else {
          out.append('\\').append(e);
        }
        continue;
      }
      if (inClass) {
        if (c == ']') {
          inClass = false;
          out.append(']');
        } else if (c == '[' || c == '&') {
          out.append('\\').append(c);
        } else {
          out.append(c);
        }
        continue;
      }
      switch (c) {
        case '[' -> {
          inClass = true;
          out.append('[');
          int j = i + 1;
          if (j < n && py.charAt(j) == '^') {
            out.append('^');
            j++;
          }
          if (j < n && py.charAt(j) == ']') {
            out.append("\\]");
            j++;
          }
          i = j - 1;
        }
        case '(' -> i = group(py, i, out, names, javaNames, byName, rename);
        case '{' -> {
          Matcher q = QUANTIFIER.matcher(py).region(i, n);
          if (q.lookingAt()) {
            String min = q.group(1);
            out.append('{').append(min.isEmpty() ? "0" : min);
            if (q.group(2) != null) {
              out.append(',').append(q.group(3));
            }
            out.append('}');
            i = q.end() - 1;
          } else {
            out.append("\\{");
          }
        }
        case '}' -> out.append("\\}");
        default -> out.append(c);
      }
    }
    if (inClass) {
      throw new PatternSyntaxException("unterminated character set", py, py.length());
    }
    return new Translation(out.toString(), names, javaNames);
  }

  private static final Pattern QUANTIFIER = Pattern.compile("\\{(\\d*)(,(\\d*))?\\}");

  private static int group(
      String py,
      int i,
      StringBuilder out,
      List<String> names,
      List<String> javaNames,
      Map<String, String> byName,
      java.util.function.Function<String, String> rename) {
    int n = py.length();
    if (i + 1 >= n || py.charAt(i + 1) != '?') {
      names.add(null);
      javaNames.add(null);
      out.append('(');
      return i;
    }
    if (py.startsWith("(?P<", i)) {
      int close = py.indexOf('>', i + 4);
      if (close < 0) {
        throw new PatternSyntaxException("missing >, unterminated name", py, i);
      }
      String name = py.substring(i + 4, close);
      if (!name.matches("[\\p{L}_][\\p{L}\\p{N}_]*")) {
        throw new PatternSyntaxException("bad character in group name '" + name + "'", py, i);
      }
      if (byName.containsKey(name)) {
        throw new PatternSyntaxException("redefinition of group name '" + name + "'", py, i);
      }
      String javaName =
          rename != null
              ? rename.apply(name)
              : "g" + (names.size() + 1) + name.replaceAll("[^A-Za-z0-9]", "");
      names.add(name);
      javaNames.add(javaName);
      if (javaName == null) {
        byName.put(name, "#" + names.size()); // referenced by number
        out.append('(');
      } else {
        byName.put(name, javaName);
        out.append("(?<").append(javaName).append('>');
      }
      return close;
    }
    if (py.startsWith("(?P=", i)) {
      int close = py.indexOf(')', i + 4);
      String name = close < 0 ? "" : py.substring(i + 4, close);
      String javaName = byName.get(name);
      if (javaName == null) {
        throw new PatternSyntaxException("unknown group name '" + name + "'", py, i);
      }
      if (javaName.startsWith("#")) {
        out.append("(?:\\").append(javaName.substring(1)).append(')');
      } else {
        out.append("\\k<").append(javaName).append('>');
      }
      return close;
    }
    if (py.startsWith("(?#", i)) {
      int close = py.indexOf(')', i);
      if (close < 0) {
        throw new PatternSyntaxException("missing ), unterminated comment", py, i);
      }
      return close;
    }
    // Inline flags: (?aiLmsux) or (?aiLmsux-imsx:...)
    int j = i + 2;
    while (j < n && "aiLmsux-".indexOf(py.charAt(j)) >= 0) {
      j++;
    }
    if (j > i + 2 && j < n && (py.charAt(j) == ')' || py.charAt(j) == ':')) {
      String flags = py.substring(i + 2, j).replaceAll("[auL]", "");
      boolean scoped = py.charAt(j) == ':';
      if (flags.isEmpty() || flags.equals("-")) {
        out.append(scoped ? "(?:" : "");
      } else {
        out.append("(?").append(flags).append(scoped ? ':' : ')');
      }
      return j;
    }
    // (?:  (?=  (?!  (?<=  (?<!  (?>  and anything else Java reads the same way.
    out.append('(');
    return i;
  }
}
