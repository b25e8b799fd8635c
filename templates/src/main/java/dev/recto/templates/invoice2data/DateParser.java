package dev.recto.templates.invoice2data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * invoice2data's date reading, in its three tiers:
 *
 * <ol>
 *   <li>the template's {@code date_formats} as Python's {@code strptime} reads them (English month
 *       and weekday names, whitespace in a format matching any run of whitespace, the whole text
 *       consumed);
 *   <li>a general reading like {@code dateutil.parser.parse}: ISO dates, English month names,
 *       numeric dates read month first unless the first number cannot be a month (a leading
 *       four-digit number is the year), two-digit years within 2000-2075 else 19xx;
 *   <li>like {@code dateparser} with the template's {@code languages} (every language below when
 *       none is given): month names of English, German, French, Dutch, Spanish, Italian, Portuguese
 *       and Polish are translated, weekday names and filler words ({@code de}, {@code of}, {@code
 *       1er}, {@code 3rd}) dropped, then the formats are tried again and the general reading is
 *       applied, numeric dates day first unless the first language is English.
 * </ol>
 *
 * <p>This is a reimplementation of the behaviour these libraries show on invoice dates, not of
 * every corner of them (relative dates such as "yesterday" are not read). Dates are at midnight.
 * Stateless and thread-safe.
 */
public final class DateParser {

  private DateParser() {}

  private static final Map<String, Map<String, Integer>> MONTHS = new HashMap<>();
  private static final Set<String> WEEKDAYS = new HashSet<>();
  private static final Set<String> FILLERS =
      Set.of(
          "de", "del", "of", "the", "on", "at", "and", "le", "er", "ère", "st", "nd", "rd", "th",
          "den", "der", "e", "o", "a");
  private static final Set<String> EN_JUMP =
      Set.of("of", "the", "on", "at", "and", "st", "nd", "rd", "th");

  static {
    months(
        "en",
        "january february march april may june july august september october november december",
        "jan feb mar apr may jun jul aug sep oct nov dec",
        "sept:9");
    months(
        "de",
        "januar februar märz april mai juni juli august september oktober november dezember",
        "jan feb mär apr mai jun jul aug sep okt nov dez",
        "jänner:1 mrz:3 maerz:3 sept:9");
    months(
        "fr",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "janv févr mars avr mai juin juil août sept oct nov déc",
        "fevrier:2 aout:8 decembre:12 fevr:2 fév:2 fev:2 dec:12 jan:1 avril:4");
    months(
        "nl",
        "januari februari maart april mei juni juli augustus september oktober november december",
        "jan feb mrt apr mei jun jul aug sep okt nov dec",
        "sept:9 maa:3");
    months(
        "es",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "ene feb mar abr may jun jul ago sep oct nov dic",
        "setiembre:9 sept:9");
    months(
        "it",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        "gen feb mar apr mag giu lug ago set ott nov dic",
        "");
    months(
        "pt",
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
        "jan fev mar abr mai jun jul ago set out nov dez",
        "marco:3");
    months(
        "pl",
        "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
        "sty lut mar kwi maj cze lip sie wrz paź lis gru",
        "stycznia:1 lutego:2 marca:3 kwietnia:4 maja:5 czerwca:6 lipca:7 sierpnia:8 września:9"
            + " października:10 listopada:11 grudnia:12");
    for (String w :
        ("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
                + " montag dienstag mittwoch donnerstag freitag samstag sonntag"
                + " lundi mardi mercredi jeudi vendredi samedi dimanche"
                + " maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
                + " lunes martes miércoles jueves viernes sábado domingo"
                + " lunedì martedì mercoledì giovedì venerdì sabato domenica")
            .split(" ")) {
      WEEKDAYS.add(w);
    }
  }

  private static void months(String lang, String full, String abbr, String extra) {
    Map<String, Integer> m = new HashMap<>();
    String[] f = full.split(" ");
    String[] a = abbr.split(" ");
    for (int i = 0; i < 12; i++) {
      m.put(f[i], i + 1);
      m.put(a[i], i + 1);
    }
    if (!extra.isEmpty()) {
      for (String e : extra.split(" ")) {
        String[] kv = e.split(":");
        m.put(kv[0], Integer.parseInt(kv[1]));
      }
    }
    MONTHS.put(lang, m);
  }

  /**
   * The date in {@code text}, or empty when none of the tiers reads it.
   *
   * @param text the matched text
   * @param formats {@code strptime} formats, tried first
   * @param languages two-letter language codes for the third tier; empty means all
   */
  public static Optional<LocalDateTime> parse(
      String text, List<String> formats, List<String> languages) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String cleaned = PyStrings.strip(text);
    for (String f : formats) {
      Optional<LocalDateTime> r = strptime(cleaned, f);
      if (r.isPresent()) {
        return r;
      }
    }
    Optional<LocalDateTime> r = general(cleaned, Map.of("en", MONTHS.get("en")), false, true);
    if (r.isPresent()) {
      return r;
    }
    Map<String, Map<String, Integer>> langs = new HashMap<>();
    if (languages.isEmpty()) {
      langs.putAll(MONTHS);
    } else {
      for (String l : languages) {
        Map<String, Integer> m = MONTHS.get(l.toLowerCase(Locale.ROOT));
        if (m != null) {
          langs.put(l, m);
        }
      }
      langs.put("en", MONTHS.get("en"));
    }
    String translated = translate(cleaned, langs);
    if (translated != null) {
      for (String f : formats) {
        Optional<LocalDateTime> t = strptime(translated, f);
        if (t.isPresent()) {
          return t;
        }
      }
      boolean dayFirst = languages.isEmpty() || !languages.get(0).equalsIgnoreCase("en");
      return general(translated, Map.of("en", MONTHS.get("en")), dayFirst, false);
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- strptime

  private static final Pattern DIRECTIVE = Pattern.compile("%(.)|(\\s+)");

  /** Python's {@code datetime.strptime(text, format)} with English names, or empty. */
  static Optional<LocalDateTime> strptime(String text, String format) {
    StringBuilder re = new StringBuilder();
    List<Character> order = new ArrayList<>();
    Matcher d = DIRECTIVE.matcher(format);
    int last = 0;
    while (d.find()) {
      re.append(Pattern.quote(format.substring(last, d.start())).replace("\\Q\\E", ""));
      last = d.end();
      if (d.group(2) != null) {
        re.append("\\s+");
        continue;
      }
      char c = d.group(1).charAt(0);
      String part =
          switch (c) {
            case 'd', 'm', 'H', 'I', 'M', 'S' -> "(\\d{1,2})";
            case 'Y' -> "(\\d{4})";
            case 'y' -> "(\\d{2})";
            case 'j' -> "(\\d{1,3})";
            case 'f' -> "(\\d{1,6})";
            case 'B', 'b', 'h' -> "(\\p{L}+)";
            case 'A', 'a' -> "(\\p{L}+)";
            case 'p' -> "(am|pm|AM|PM)";
            case 'z' -> "([+-]\\d{2}:?\\d{2}|Z)";
            case 'Z' -> "(\\p{L}{0,5})";
            case '%' -> null;
            default -> "";
          };
      if (part == null) {
        re.append('%');
      } else if (part.isEmpty()) {
        return Optional.empty();
      } else {
        re.append(part);
        order.add(c);
      }
    }
    re.append(Pattern.quote(format.substring(last)).replace("\\Q\\E", ""));
    Matcher m =
        Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = 1900;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    boolean pm = false;
    boolean twelve = false;
    Map<String, Integer> en = MONTHS.get("en");
    for (int i = 0; i < order.size(); i++) {
      String g = m.group(i + 1);
      switch (order.get(i)) {
        case 'd' -> day = Integer.parseInt(g);
        case 'm' -> month = Integer.parseInt(g);
        case 'Y' -> year = Integer.parseInt(g);
        case 'y' -> {
          int y = Integer.parseInt(g);
          year = y <= 68 ? 2000 + y : 1900 + y;
        }
        case 'H' -> hour = Integer.parseInt(g);
        case 'I' -> {
          hour = Integer.parseInt(g);
          twelve = true;
        }
        case 'M' -> minute = Integer.parseInt(g);
        case 'S' -> second = Integer.parseInt(g);
        case 'p' -> pm = g.equalsIgnoreCase("pm");
        case 'B', 'b', 'h' -> {
          Integer mo = en.get(g.toLowerCase(Locale.ROOT));
          if (mo == null) {
            return Optional.empty();
          }
          month = mo;
        }
        case 'A', 'a' -> {
          if (!WEEKDAYS.contains(g.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
          }
        }
        default -> {}
      }
    }
    if (twelve) {
      hour = hour % 12 + (pm ? 12 : 0);
    }
    try {
      return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  // ----------------------------------------------------------------- general

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?");
  private static final Pattern TOKEN =
      Pattern.compile(
          "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?|\\d+|\\p{L}+|\\S", Pattern.UNICODE_CHARACTER_CLASS);

  /** Replaces month names of the given languages by English ones; null when a word is unknown. */
  private static String translate(String text, Map<String, Map<String, Integer>> langs) {
    String[] en =
        "january february march april may june july august september october november december"
            .split(" ");
    StringBuilder out = new StringBuilder();
    Matcher t = TOKEN.matcher(text);
    int last = 0;
    while (t.find()) {
      out.append(text, last, t.start());
      last = t.end();
      String tok = t.group();
      if (!Character.isLetter(tok.charAt(0))) {
        out.append(tok);
        continue;
      }
      String lower = tok.toLowerCase(Locale.ROOT);
      Integer month = null;
      for (Map<String, Integer> m : langs.values()) {
        month = m.get(lower);
        if (month != null) {
          break;
        }
      }
      if (month != null) {
        out.append(en[month - 1]);
      } else if (WEEKDAYS.contains(lower) || FILLERS.contains(lower)) {
        out.append(' ');
      } else if (lower.equals("am") || lower.equals("pm")) {
        out.append(tok);
      } else {
        return null;
      }
    }
    out.append(text.substring(last));
    return out.toString();
  }

  private static Optional<LocalDateTime> general(
      String text, Map<String, Map<String, Integer>> langs, boolean dayFirst, boolean dateutil) {
    Matcher iso = ISO.matcher(text);
    if (iso.matches()) {
      return make(
          Integer.parseInt(iso.group(1)),
          Integer.parseInt(iso.group(2)),
          Integer.parseInt(iso.group(3)),
          iso.group(4) == null
              ? LocalTime.MIDNIGHT
              : time(iso.group(4), iso.group(5), iso.group(6)));
    }
    List<String> numbers = new ArrayList<>();
    Integer month = null;
    LocalTime time = LocalTime.MIDNIGHT;
    boolean pm = false;
    boolean am = false;
    Matcher t = TOKEN.matcher(text);
    while (t.find()) {
      String tok = t.group();
      if (t.group(1) != null) {
        time = time(t.group(1), t.group(2), t.group(3));
        if (time == null) {
          return Optional.empty();
        }
        continue;
      }
      char c = tok.charAt(0);
      if (Character.isDigit(c)) {
        numbers.add(tok);
      } else if (Character.isLetter(c)) {
        String lower = tok.toLowerCase(Locale.ROOT);
        Integer mo = null;
        for (Map<String, Integer> m : langs.values()) {
          mo = m.get(lower);
          if (mo != null) {
            break;
          }
        }
        if (mo != null && month == null) {
          month = mo;
        } else if (lower.equals("pm")) {
          pm = true;
        } else if (lower.equals("am")) {
          am = true;
        } else if (!WEEKDAYS.contains(lower) && !(dateutil ? EN_JUMP : FILLERS).contains(lower)) {
          return Optional.empty();
        }
      } else if (".,/-;'".indexOf(c) < 0) {
        return Optional.empty();
      }
    }
    if (pm && time.getHour() < 12) {
      time = time.plusHours(12);
    } else if (am && time.getHour() == 12) {
      time = time.minusHours(12);
    }
    if (month != null) {
      if (numbers.size() != 2) {
        return Optional.empty();
      }
      String a = numbers.get(0);
      String b = numbers.get(1);
      if (a.length() >= 3 || Integer.parseInt(a) > 31) {
        return make(year(a), month, Integer.parseInt(b), time);
      }
      return make(year(b), month, Integer.parseInt(a), time);
    }
    if (numbers.size() == 1 && numbers.get(0).length() == 8) {
      String s = numbers.get(0);
      return make(
          Integer.parseInt(s.substring(0, 4)),
          Integer.parseInt(s.substring(4, 6)),
          Integer.parseInt(s.substring(6)),
          time);
    }
    if (numbers.size() != 3) {
      return Optional.empty();
    }
    String a = numbers.get(0);
    int n1 = Integer.parseInt(numbers.get(1));
    int n2 = Integer.parseInt(numbers.get(2));
    if (a.length() >= 3 || Integer.parseInt(a) > 31) {
      return make(year(a), n1, n2, time);
    }
    int n0 = Integer.parseInt(a);
    int y = year(numbers.get(2));
    if (n0 > 12 || (dayFirst && n1 <= 12)) {
      return make(y, n1, n0, time);
    }
    if (n1 > 12 || !dayFirst) {
      return n0 <= 12 ? make(y, n0, n1, time) : Optional.empty();
    }
    return make(y, n1, n0, time);
  }

  private static LocalTime time(String h, String m, String s) {
    try {
      return LocalTime.of(
          Integer.parseInt(h), Integer.parseInt(m), s == null ? 0 : Integer.parseInt(s));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int year(String digits) {
    int y = Integer.parseInt(digits);
    if (digits.length() <= 2) {
      return y <= 75 ? 2000 + y : 1900 + y;
    }
    return y;
  }

  private static Optional<LocalDateTime> make(int year, int month, int day, LocalTime time) {
    try {
      return Optional.of(
          LocalDateTime.of(
              LocalDate.of(year, month, day), time == null ? LocalTime.MIDNIGHT : time));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
