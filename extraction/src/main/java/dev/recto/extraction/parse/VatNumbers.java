package dev.recto.extraction.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * VAT identification numbers: the formats of the EU member states (prefix as in VIES, {@code EL}
 * for Greece), Northern Ireland ({@code XI}), the United Kingdom, Switzerland ({@code CHE}) and
 * Norway, with check digits where the algorithm is public.
 *
 * <p>Check digits verified:
 *
 * <ul>
 *   <li>AT: {@code U} + 8 digits, Luhn-like sum with doubling of digits 2, 4, 6, plus 4 (BMF, UID
 *       structure);
 *   <li>BE: 10 digits starting 0 or 1 (9-digit numbers get a leading 0), last two = 97 − (first
 *       eight mod 97) (SPF Finances);
 *   <li>DE: 9 digits, ISO 7064 MOD 11,10 (BZSt, USt-IdNr.);
 *   <li>DK: 8 digits, weights 2 7 6 5 4 3 2 1, sum divisible by 11;
 *   <li>EL: 9 digits, weights 2^8..2^1, sum mod 11 mod 10 = last digit (AFM);
 *   <li>ES: NIF, CIF and NIE; DNI letter table {@code TRWAGMYFPDXBNJZSQVHLCKE} indexed by the
 *       number mod 23 (Real Decreto 1065/2007 and Orden EHA/451/2008), CIF control digit or letter
 *       {@code JABCDEFGHI};
 *   <li>FI: 8 digits, weights 7 9 10 5 8 4 2, mod 11;
 *   <li>FR: 2-character key + 9-digit SIREN; a numeric key must equal (12 + 3 × (SIREN mod 97)) mod
 *       97 (DGFiP); alphanumeric keys (newer numbers) are checked for format only;
 *   <li>HR: 11 digits, ISO 7064 MOD 11,10 (OIB);
 *   <li>IT: 11 digits, Luhn, office code not 0000000, province code 001–100, 120, 121, 888 or 999
 *       (Agenzia delle Entrate, partita IVA);
 *   <li>LU: 8 digits, first six mod 89 = last two;
 *   <li>NL: 9 digits + {@code B} + 2 digits; either the 11-test on the first nine digits (weights
 *       9..2 and −1, the historic BTW number) or ISO 7064 MOD 97-10 over {@code NL} + the whole
 *       number giving 1 (the omzetbelastingidentificatienummer issued since 2020, Belastingdienst);
 *   <li>NO: 9 digits (+ {@code MVA}), weights 3 2 7 6 5 4 3 2, mod 11 (Brønnøysund organisation
 *       number);
 *   <li>PL: 10 digits, weights 6 5 7 2 3 4 5 6 7, sum mod 11 = last digit (NIP);
 *   <li>PT: 9 digits, weights 9..2, 11 − sum mod 11, 10 and 11 read as 0 (NIF);
 *   <li>SE: 12 digits ending {@code 01}, Luhn over the first ten;
 *   <li>SK: 10 digits divisible by 11;
 *   <li>GB and XI: 9 digits (or 12 with a branch suffix), weights 8..2 on the first seven plus the
 *       last two as a number, total ≡ 0 or ≡ 42 mod 97 (HMRC "modulus 97" and "9755" ranges);
 *       {@code GD}/{@code HA} + 3 digits for government departments and health authorities, format
 *       only;
 *   <li>CH: {@code CHE} + 9 digits, weights 5 4 3 2 7 6 5 4, 11 − sum mod 11 (UID, eCH-0097).
 * </ul>
 *
 * Format only: BG, CY, CZ, EE, HU, IE, LT, LV, MT, RO, SI. The algorithms were written from the
 * public descriptions listed above and in the European Commission's VIES documentation of the
 * member-state formats; they do not say whether a number is registered (only VIES can).
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * VatNumbers.parse("DE 136 695 976");      // VatNumber[DE, DE136695976, true]
 * VatNumbers.parse("CHE-116.281.710 MWST"); // VatNumber[CH, CHE116281710, true]
 * VatNumbers.parse("DE136695975");         // empty: check digit wrong
 * }</pre>
 */
public final class VatNumbers {

  private record Rule(String country, Pattern format, Predicate<String> checksum) {}

  private static final Map<String, Rule> RULES =
      Map.ofEntries(
          Map.entry("AT", rule("AT", "U\\d{8}", VatNumbers::at)),
          Map.entry("BE", rule("BE", "[01]\\d{9}", VatNumbers::be)),
          Map.entry("BG", rule("BG", "\\d{9,10}", null)),
          Map.entry("CY", rule("CY", "\\d{8}[A-Z]", null)),
          Map.entry("CZ", rule("CZ", "\\d{8,10}", null)),
          Map.entry("DE", rule("DE", "[1-9]\\d{8}", VatNumbers::mod11x10)),
          Map.entry("DK", rule("DK", "[1-9]\\d{7}", VatNumbers::dk)),
          Map.entry("EE", rule("EE", "\\d{9}", null)),
          Map.entry("EL", rule("GR", "\\d{9}", VatNumbers::el)),
          Map.entry("ES", rule("ES", "[A-Z0-9]\\d{7}[A-Z0-9]", VatNumbers::es)),
          Map.entry("FI", rule("FI", "\\d{8}", VatNumbers::fi)),
          Map.entry("FR", rule("FR", "[0-9A-HJ-NP-Z]{2}\\d{9}", VatNumbers::fr)),
          Map.entry("HR", rule("HR", "\\d{11}", VatNumbers::mod11x10)),
          Map.entry("HU", rule("HU", "\\d{8}", null)),
          Map.entry("IE", rule("IE", "\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]", null)),
          Map.entry("IT", rule("IT", "\\d{11}", VatNumbers::it)),
          Map.entry("LT", rule("LT", "\\d{9}|\\d{12}", null)),
          Map.entry("LU", rule("LU", "\\d{8}", VatNumbers::lu)),
          Map.entry("LV", rule("LV", "\\d{11}", null)),
          Map.entry("MT", rule("MT", "[1-9]\\d{7}", null)),
          Map.entry("NL", rule("NL", "\\d{9}B\\d{2}", VatNumbers::nl)),
          Map.entry("NO", rule("NO", "\\d{9}", VatNumbers::no)),
          Map.entry("PL", rule("PL", "\\d{10}", VatNumbers::pl)),
          Map.entry("PT", rule("PT", "\\d{9}", VatNumbers::pt)),
          Map.entry("RO", rule("RO", "[1-9]\\d{1,9}", null)),
          Map.entry("SE", rule("SE", "\\d{10}01", VatNumbers::se)),
          Map.entry("SI", rule("SI", "[1-9]\\d{7}", null)),
          Map.entry("SK", rule("SK", "[1-9]\\d{9}", VatNumbers::sk)),
          Map.entry("GB", rule("GB", "\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}", VatNumbers::gb)),
          Map.entry("XI", rule("GB", "\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}", VatNumbers::gb)),
          Map.entry("CH", rule("CH", "E\\d{9}", VatNumbers::ch)));

  private static final Pattern SUFFIX = Pattern.compile("(?:MWST|TVA|IVA|VAT|MVA)$");

  private VatNumbers() {}

  private static Rule rule(String country, String format, Predicate<String> checksum) {
    return new Rule(country, Pattern.compile(format), checksum);
  }

  /**
   * Reads a VAT number printed with its country prefix; spaces, dots, hyphens and slashes are
   * ignored, case is folded, and a Swiss or Norwegian suffix ({@code MWST}, {@code TVA}, {@code
   * IVA}, {@code MVA}) is dropped. {@code GR} is accepted for {@code EL}.
   *
   * @return the number, or empty when it has no known prefix, the wrong format for its country, or
   *     a check digit that fails
   */
  public static Optional<VatNumber> parse(String text) {
    return parse(text, null);
  }

  /**
   * Reads a VAT number that may be printed without its prefix, as Italian ({@code P.IVA
   * 00743110157}) and Spanish ({@code CIF B12345678}) invoices often do: when the text does not
   * start with a known VAT prefix, {@code defaultCountry}'s prefix is put in front ({@code GR} is
   * read as {@code EL}). Otherwise as {@link #parse(String)}.
   *
   * @param defaultCountry ISO 3166 code or VAT prefix of the issuing country, or null for none
   */
  public static Optional<VatNumber> parse(String text, String defaultCountry) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.toUpperCase(Locale.ROOT).replaceAll("[\\s\\u00A0\\u202F.\\-/]", "");
    s = SUFFIX.matcher(s).replaceFirst("");
    if (defaultCountry != null && !hasKnownPrefix(s)) {
      String d = defaultCountry.toUpperCase(Locale.ROOT);
      s = (d.equals("GR") ? "EL" : d) + s;
    }
    if (s.length() < 4) {
      return Optional.empty();
    }
    String prefix = s.substring(0, 2);
    if (prefix.equals("GR")) {
      prefix = "EL";
    }
    String number = s.substring(2);
    if (prefix.equals("BE") && number.matches("\\d{9}")) {
      number = "0" + number;
    }
    Rule rule = RULES.get(prefix);
    if (rule == null || !rule.format().matcher(number).matches()) {
      return Optional.empty();
    }
    boolean verified = false;
    if (rule.checksum() != null) {
      if (!rule.checksum().test(number)) {
        return Optional.empty();
      }
      verified = !formatOnly(prefix, number);
    }
    return Optional.of(new VatNumber(rule.country(), prefix + number, verified));
  }

  /**
   * True when {@code text} has a known VAT prefix and its country's format, whatever its check
   * digits: enough to tell a VAT number from an address line, also when one digit was misread.
   */
  public static boolean hasVatFormat(String text) {
    if (text == null) {
      return false;
    }
    String s = text.toUpperCase(Locale.ROOT).replaceAll("[\\s\\u00A0\\u202F.\\-/]", "");
    s = SUFFIX.matcher(s).replaceFirst("");
    if (s.length() < 4) {
      return false;
    }
    String prefix = s.substring(0, 2).equals("GR") ? "EL" : s.substring(0, 2);
    Rule rule = RULES.get(prefix);
    return rule != null && rule.format().matcher(s.substring(2)).matches();
  }

  private static boolean hasKnownPrefix(String s) {
    if (s.length() < 2) {
      return false;
    }
    String prefix = s.substring(0, 2);
    return RULES.containsKey(prefix) || prefix.equals("GR");
  }

  /** Numbers whose country has a checksum that does not cover their form. */
  private static boolean formatOnly(String prefix, String number) {
    return switch (prefix) {
      case "FR" -> !Character.isDigit(number.charAt(0)) || !Character.isDigit(number.charAt(1));
      case "GB", "XI" -> !Character.isDigit(number.charAt(0));
      default -> false;
    };
  }

  private static int d(String s, int i) {
    return s.charAt(i) - '0';
  }

  private static int weighted(String s, int... weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += d(s, i) * weights[i];
    }
    return sum;
  }

  private static boolean at(String n) {
    String digits = n.substring(1);
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      int v = d(digits, i);
      if (i % 2 == 1) {
        v *= 2;
        v = v / 10 + v % 10;
      }
      sum += v;
    }
    return (10 - (sum + 4) % 10) % 10 == d(digits, 7);
  }

  private static boolean be(String n) {
    long first = Long.parseLong(n.substring(0, 8));
    return 97 - first % 97 == Long.parseLong(n.substring(8));
  }

  /** ISO 7064 MOD 11,10 over all digits, the last being the check digit. */
  private static boolean mod11x10(String n) {
    int product = 10;
    for (int i = 0; i < n.length() - 1; i++) {
      int sum = (d(n, i) + product) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (2 * sum) % 11;
    }
    int check = (11 - product) % 10;
    return check == d(n, n.length() - 1);
  }

  private static boolean dk(String n) {
    return weighted(n, 2, 7, 6, 5, 4, 3, 2, 1) % 11 == 0;
  }

  private static boolean el(String n) {
    return weighted(n, 256, 128, 64, 32, 16, 8, 4, 2) % 11 % 10 == d(n, 8);
  }

  private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

  private static boolean es(String n) {
    char first = n.charAt(0);
    char last = n.charAt(8);
    if (Character.isDigit(first)) {
      return last == DNI_LETTERS.charAt(Integer.parseInt(n.substring(0, 8)) % 23);
    }
    if ("XYZ".indexOf(first) >= 0) {
      int num = Integer.parseInt((first - 'X') + n.substring(1, 8));
      return last == DNI_LETTERS.charAt(num % 23);
    }
    if ("KLM".indexOf(first) >= 0) {
      return last == DNI_LETTERS.charAt(Integer.parseInt(n.substring(1, 8)) % 23);
    }
    if ("ABCDEFGHJNPQRSUVW".indexOf(first) < 0) {
      return false;
    }
    String digits = n.substring(1, 8);
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      int v = d(digits, i);
      if (i % 2 == 0) {
        v *= 2;
        v = v / 10 + v % 10;
      }
      sum += v;
    }
    int c = (10 - sum % 10) % 10;
    return last == (char) ('0' + c) || last == "JABCDEFGHI".charAt(c);
  }

  private static boolean fi(String n) {
    int r = weighted(n, 7, 9, 10, 5, 8, 4, 2) % 11;
    if (r == 1) {
      return false;
    }
    return (r == 0 ? 0 : 11 - r) == d(n, 7);
  }

  private static boolean fr(String n) {
    if (!Character.isDigit(n.charAt(0)) || !Character.isDigit(n.charAt(1))) {
      return true; // alphanumeric key: format only
    }
    long siren = Long.parseLong(n.substring(2));
    return (12 + 3 * (siren % 97)) % 97 == Integer.parseInt(n.substring(0, 2));
  }

  private static boolean it(String n) {
    if (n.startsWith("0000000")) {
      return false;
    }
    int province = Integer.parseInt(n.substring(7, 10));
    if (!((province >= 1 && province <= 100)
        || province == 120
        || province == 121
        || province == 888
        || province == 999)) {
      return false;
    }
    return luhn(n);
  }

  private static boolean luhn(String n) {
    int sum = 0;
    for (int i = 0; i < n.length(); i++) {
      int v = d(n, n.length() - 1 - i);
      if (i % 2 == 1) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
    }
    return sum % 10 == 0;
  }

  private static boolean lu(String n) {
    return Integer.parseInt(n.substring(0, 6)) % 89 == Integer.parseInt(n.substring(6));
  }

  private static boolean nl(String n) {
    int sum = weighted(n, 9, 8, 7, 6, 5, 4, 3, 2) - d(n, 8);
    boolean elevenTest = sum % 11 == 0;
    return elevenTest || Ibans.mod97("NL" + n) == 1;
  }

  private static boolean no(String n) {
    int r = weighted(n, 3, 2, 7, 6, 5, 4, 3, 2) % 11;
    if (r == 1) {
      return false;
    }
    return (r == 0 ? 0 : 11 - r) == d(n, 8);
  }

  private static boolean pl(String n) {
    int r = weighted(n, 6, 5, 7, 2, 3, 4, 5, 6, 7) % 11;
    return r != 10 && r == d(n, 9);
  }

  private static boolean pt(String n) {
    int check = 11 - weighted(n, 9, 8, 7, 6, 5, 4, 3, 2) % 11;
    return (check >= 10 ? 0 : check) == d(n, 8);
  }

  private static boolean se(String n) {
    return luhn(n.substring(0, 10));
  }

  private static boolean sk(String n) {
    return Long.parseLong(n) % 11 == 0;
  }

  private static boolean gb(String n) {
    if (!Character.isDigit(n.charAt(0))) {
      return true; // GD / HA: format only
    }
    int total = weighted(n, 8, 7, 6, 5, 4, 3, 2, 10, 1) % 97;
    return total == 0 || total == 42;
  }

  private static boolean ch(String n) {
    String digits = n.substring(1);
    int check = 11 - weighted(digits, 5, 4, 3, 2, 7, 6, 5, 4) % 11;
    if (check == 10) {
      return false;
    }
    return (check == 11 ? 0 : check) == d(digits, 8);
  }
}
