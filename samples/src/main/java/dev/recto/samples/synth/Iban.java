package dev.recto.samples.synth;

import java.math.BigInteger;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates and validates International Bank Account Numbers (ISO 13616) with correct mod-97 check
 * digits, for the countries of the synthetic corpus.
 *
 * <p>Stateless and thread-safe; randomness comes from the caller's generator.
 *
 * <pre>{@code
 * String iban = Iban.generate("DE", random); // e.g. DE89370400440532013000
 * assert Iban.isValid(iban);
 * }</pre>
 */
public final class Iban {

  /**
   * BBAN shape per country: {@code n} a digit, {@code a} a capital letter, {@code c} a digit or a
   * capital letter, each followed by a count.
   */
  private static final Map<String, String> BBAN =
      Map.of(
          "DE", "n18",
          "FR", "n10 c11 n2",
          "ES", "n20",
          "IT", "a1 n10 c12",
          "NL", "a4 n10",
          "GB", "a4 n14",
          "BE", "n12",
          "AT", "n16");

  private static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private Iban() {}

  /** True when an IBAN for this country can be generated. */
  public static boolean supports(String country) {
    return BBAN.containsKey(country);
  }

  /** A random valid IBAN, without spaces. */
  public static String generate(String country, SplittableRandom random) {
    String shape = BBAN.get(country);
    if (shape == null) {
      throw new IllegalArgumentException("no IBAN format for " + country);
    }
    StringBuilder bban = new StringBuilder();
    for (String part : shape.split(" ")) {
      char kind = part.charAt(0);
      int n = Integer.parseInt(part.substring(1));
      for (int i = 0; i < n; i++) {
        bban.append(
            switch (kind) {
              case 'n' -> (char) ('0' + random.nextInt(10));
              case 'a' -> (char) ('A' + random.nextInt(26));
              default -> ALNUM.charAt(random.nextInt(random.nextInt(4) == 0 ? 36 : 10));
            });
      }
    }
    int check = 98 - mod97(bban + country + "00");
    return country + (check < 10 ? "0" : "") + check + bban;
  }

  /** True for an IBAN (spaces allowed) whose check digits are right (remainder 1 mod 97). */
  public static boolean isValid(String iban) {
    String s = iban.replace(" ", "");
    if (s.length() < 15 || s.length() > 34 || !s.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+")) {
      return false;
    }
    return mod97(s.substring(4) + s.substring(0, 4)) == 1;
  }

  /** The IBAN in groups of four for printing: {@code DE89 3704 0044 0532 0130 00}. */
  public static String grouped(String iban) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < iban.length(); i += 4) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(iban, i, Math.min(iban.length(), i + 4));
    }
    return out.toString();
  }

  private static int mod97(String rearranged) {
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
  }
}
