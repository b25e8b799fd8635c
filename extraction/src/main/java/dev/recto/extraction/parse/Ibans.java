package dev.recto.extraction.parse;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;

/**
 * International Bank Account Numbers (ISO 13616): normalization and validation.
 *
 * <p>An IBAN is valid when, after {@link #normalize}, it is two letters of a country that issues
 * IBANs, two check digits, and an alphanumeric BBAN whose total length is the one the SWIFT IBAN
 * Registry fixes for that country, and the ISO 7064 MOD 97-10 check holds: with the first four
 * characters moved to the end and letters replaced by 10 to 35, the number mod 97 is 1.
 *
 * <p>Sources: ISO 13616-1:2020; SWIFT, <i>IBAN Registry</i> (release 98, 2024) for the lengths.
 * Per-country BBAN structures (which positions are letters) are not checked.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * Ibans.isValid("DE89 3704 0044 0532 0130 00");   // true
 * Ibans.normalize("de89 3704 0044 0532 0130 00"); // "DE89370400440532013000"
 * }</pre>
 */
public final class Ibans {

  /** Total IBAN length per country, from the SWIFT IBAN Registry. */
  static final Map<String, Integer> LENGTHS =
      Map.ofEntries(
          Map.entry("AD", 24),
          Map.entry("AE", 23),
          Map.entry("AL", 28),
          Map.entry("AT", 20),
          Map.entry("AZ", 28),
          Map.entry("BA", 20),
          Map.entry("BE", 16),
          Map.entry("BG", 22),
          Map.entry("BH", 22),
          Map.entry("BI", 27),
          Map.entry("BR", 29),
          Map.entry("BY", 28),
          Map.entry("CH", 21),
          Map.entry("CR", 22),
          Map.entry("CY", 28),
          Map.entry("CZ", 24),
          Map.entry("DE", 22),
          Map.entry("DJ", 27),
          Map.entry("DK", 18),
          Map.entry("DO", 28),
          Map.entry("EE", 20),
          Map.entry("EG", 29),
          Map.entry("ES", 24),
          Map.entry("FI", 18),
          Map.entry("FK", 18),
          Map.entry("FO", 18),
          Map.entry("FR", 27),
          Map.entry("GB", 22),
          Map.entry("GE", 22),
          Map.entry("GI", 23),
          Map.entry("GL", 18),
          Map.entry("GR", 27),
          Map.entry("GT", 28),
          Map.entry("HR", 21),
          Map.entry("HU", 28),
          Map.entry("IE", 22),
          Map.entry("IL", 23),
          Map.entry("IQ", 23),
          Map.entry("IS", 26),
          Map.entry("IT", 27),
          Map.entry("JO", 30),
          Map.entry("KW", 30),
          Map.entry("KZ", 20),
          Map.entry("LB", 28),
          Map.entry("LC", 32),
          Map.entry("LI", 21),
          Map.entry("LT", 20),
          Map.entry("LU", 20),
          Map.entry("LV", 21),
          Map.entry("LY", 25),
          Map.entry("MC", 27),
          Map.entry("MD", 24),
          Map.entry("ME", 22),
          Map.entry("MK", 19),
          Map.entry("MN", 20),
          Map.entry("MR", 27),
          Map.entry("MT", 31),
          Map.entry("MU", 30),
          Map.entry("NI", 28),
          Map.entry("NL", 18),
          Map.entry("NO", 15),
          Map.entry("OM", 23),
          Map.entry("PK", 24),
          Map.entry("PL", 28),
          Map.entry("PS", 29),
          Map.entry("PT", 25),
          Map.entry("QA", 29),
          Map.entry("RO", 24),
          Map.entry("RS", 22),
          Map.entry("RU", 33),
          Map.entry("SA", 24),
          Map.entry("SC", 31),
          Map.entry("SD", 18),
          Map.entry("SE", 24),
          Map.entry("SI", 19),
          Map.entry("SK", 24),
          Map.entry("SM", 27),
          Map.entry("SO", 23),
          Map.entry("ST", 25),
          Map.entry("SV", 28),
          Map.entry("TL", 23),
          Map.entry("TN", 24),
          Map.entry("TR", 26),
          Map.entry("UA", 29),
          Map.entry("VA", 22),
          Map.entry("VG", 24),
          Map.entry("XK", 20));

  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  private Ibans() {}

  /**
   * The IBAN without spaces (any Unicode space) and hyphens, upper case: {@code de89 3704-0044}
   * becomes {@code DE8937040044}. Does not validate.
   */
  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-') {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }

  /** Whether {@code text}, normalized, is an IBAN with the right length and check digits. */
  public static boolean isValid(String text) {
    String iban = normalize(text);
    if (iban.length() < 5 || !iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]+")) {
      return false;
    }
    Integer length = LENGTHS.get(iban.substring(0, 2));
    if (length == null || length != iban.length()) {
      return false;
    }
    return mod97(iban.substring(4) + iban.substring(0, 4)) == 1;
  }

  /**
   * The valid IBAN that OCR text {@code text} stands for when only characters that cannot stand
   * where they were read were misread: a currency sign for an {@code E} ({@code £}, {@code €}), a
   * digit in the country code ({@code F0} → {@code FO}) and a letter in the check digits ({@code
   * FRO9} → {@code FR09}, {@code I} → {@code 1}, {@code S} → {@code 5}, {@code B} → {@code 8},
   * {@code Z} → {@code 2}, {@code G} → {@code 6}). Each of these has one reading only, so nothing
   * is guessed; the check digits still have to hold. Failing that, the one reading with a single
   * lookalike after the check digits read back that holds ({@link #oneLookalikeAway}). Empty when
   * the text, so read, is no valid IBAN.
   */
  public static Optional<String> ocrRead(String text) {
    String iban = normalize(text);
    if (iban.length() < 5) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder(iban.length());
    for (int i = 0; i < iban.length(); i++) {
      char c = iban.charAt(i);
      if (c == '£' || c == '€') {
        c = 'E';
      } else if (i < 2) {
        c = OcrLookalikes.letterFor(c);
      } else if (i < 4) {
        c = OcrLookalikes.digitFor(c);
      }
      b.append(c);
    }
    String read = b.toString();
    if (isValid(read)) {
      return Optional.of(read);
    }
    return oneLookalikeAway(read);
  }

  /** Letters and digits OCR reads for each other. */
  private static final Map<Character, Character> LOOKALIKES =
      Map.ofEntries(
          Map.entry('0', 'O'),
          Map.entry('O', '0'),
          Map.entry('1', 'I'),
          Map.entry('I', '1'),
          Map.entry('8', 'B'),
          Map.entry('B', '8'),
          Map.entry('5', 'S'),
          Map.entry('S', '5'),
          Map.entry('2', 'Z'),
          Map.entry('Z', '2'),
          Map.entry('6', 'G'),
          Map.entry('G', '6'));

  /**
   * Countries whose account part (BBAN) is digits only, per the SWIFT IBAN registry: a letter read
   * there is a digit, and no digit there may be read as a letter.
   */
  private static final java.util.Set<String> NUMERIC_BBAN =
      java.util.Set.of(
          "AT", "BE", "CZ", "DE", "DK", "EE", "ES", "FI", "HR", "HU", "IS", "LT", "NO", "PL", "PT",
          "SE", "SI", "SK");

  /**
   * The one valid IBAN that {@code read} becomes when one character after the check digits, a
   * letter or digit that OCR confuses with a digit or letter ({@code 0}/{@code O}, {@code 1}/{@code
   * I}, {@code 8}/{@code B}, {@code 5}/{@code S}, {@code 2}/{@code Z}, {@code 6}/{@code G}), is
   * read as the other ({@code 98D0P97} for {@code 98DOP97}); only digits where the country's
   * account part has digits only. Empty when no such reading, or more than one, holds the check
   * digits: a wrong reading passes MOD 97-10 about once in 97, so a single one that holds is taken
   * for what was printed.
   */
  private static Optional<String> oneLookalikeAway(String read) {
    Integer length = LENGTHS.get(read.length() >= 2 ? read.substring(0, 2) : "");
    if (length == null || length != read.length()) {
      return Optional.empty();
    }
    String found = null;
    char[] chars = read.toCharArray();
    boolean numeric = NUMERIC_BBAN.contains(read.substring(0, 2));
    for (int i = 4; i < chars.length; i++) {
      char original = chars[i];
      Character other = LOOKALIKES.get(original);
      if (other == null || (numeric && !Character.isDigit(other))) {
        continue;
      }
      chars[i] = other;
      String candidate = new String(chars);
      chars[i] = original;
      if (isValid(candidate)) {
        if (found != null) {
          return Optional.empty(); // two readings hold: nothing to choose by
        }
        found = candidate;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * ISO 7064 MOD 97-10 of an alphanumeric string, letters counted as 10 ({@code A}) to 35 ({@code
   * Z}).
   */
  static int mod97(String alphanumeric) {
    StringBuilder digits = new StringBuilder(alphanumeric.length() * 2);
    for (int i = 0; i < alphanumeric.length(); i++) {
      digits.append(Character.digit(alphanumeric.charAt(i), 36));
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
  }
}
