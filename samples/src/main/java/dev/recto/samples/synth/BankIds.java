package dev.recto.samples.synth;

import java.util.SplittableRandom;

/**
 * Other identifiers printed on invoices: BIC/SWIFT codes, US ABA routing numbers (with their 3-7-1
 * checksum) and VAT-like tax ids from a pattern.
 *
 * <p>Stateless and thread-safe; randomness comes from the caller's generator.
 */
public final class BankIds {

  private BankIds() {}

  /** An 8- or 11-character BIC for the country: bank, country, location, optional branch. */
  public static String bic(String country, SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      b.append((char) ('A' + random.nextInt(26)));
    }
    b.append(country);
    b.append((char) ('A' + random.nextInt(26)));
    b.append((char) ('2' + random.nextInt(8)));
    if (random.nextBoolean()) {
      b.append("XXX");
    }
    return b.toString();
  }

  /** A nine-digit ABA routing number whose weighted digit sum (3,7,1,...) is divisible by 10. */
  public static String abaRouting(SplittableRandom random) {
    int[] d = new int[9];
    d[0] = random.nextInt(1, 10);
    for (int i = 1; i < 8; i++) {
      d[i] = random.nextInt(10);
    }
    int sum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5]);
    d[8] = (10 - sum % 10) % 10;
    StringBuilder b = new StringBuilder();
    for (int v : d) {
      b.append(v);
    }
    return b.toString();
  }

  /** True when the ABA checksum of a nine-digit routing number holds. */
  public static boolean isValidAbaRouting(String s) {
    if (!s.matches("[0-9]{9}")) {
      return false;
    }
    int[] w = {3, 7, 1, 3, 7, 1, 3, 7, 1};
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += w[i] * (s.charAt(i) - '0');
    }
    return sum % 10 == 0;
  }

  /**
   * A tax id from a pattern: {@code #} a digit, {@code @} a capital letter, other characters
   * copied; the pattern {@code FRVAT} gives a French VAT number with a correct key ({@code FR} +
   * key + SIREN).
   */
  public static String taxId(String pattern, SplittableRandom random) {
    if ("FRVAT".equals(pattern)) {
      long siren = random.nextLong(100_000_000L, 1_000_000_000L);
      long key = (12 + 3 * (siren % 97)) % 97;
      return "FR" + (key < 10 ? "0" : "") + key + siren;
    }
    return fill(pattern, random);
  }

  /** The pattern with {@code #} replaced by digits and {@code @} by capital letters. */
  public static String fill(String pattern, SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      b.append(
          switch (c) {
            case '#' -> (char) ('0' + random.nextInt(10));
            case '@' -> (char) ('A' + random.nextInt(26));
            default -> c;
          });
    }
    return b.toString();
  }

  /** True when a French VAT number's key matches its SIREN. */
  public static boolean isValidFrenchVat(String s) {
    if (!s.matches("FR[0-9]{11}")) {
      return false;
    }
    long key = Long.parseLong(s.substring(2, 4));
    long siren = Long.parseLong(s.substring(4));
    return key == (12 + 3 * (siren % 97)) % 97;
  }
}
