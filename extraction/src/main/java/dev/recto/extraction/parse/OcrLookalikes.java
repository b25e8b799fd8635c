package dev.recto.extraction.parse;

/**
 * The letters and digits OCR confuses, for codes whose format says which of the two a position
 * holds (the country code and check digits of an IBAN, a BIC's prefix and country): {@code 0} and
 * {@code O}, {@code 1} and {@code I}, {@code 2} and {@code Z}, {@code 5} and {@code S}, {@code 6}
 * and {@code G}, {@code 8} and {@code B}; for digits also {@code D}, {@code Q} read for a zero and
 * {@code L} for a one.
 *
 * <p>Stateless and thread-safe.
 */
final class OcrLookalikes {

  private OcrLookalikes() {}

  /** The letter a digit read where a letter must stand looks like; other characters as they are. */
  static char letterFor(char c) {
    return switch (c) {
      case '0' -> 'O';
      case '1' -> 'I';
      case '2' -> 'Z';
      case '5' -> 'S';
      case '6' -> 'G';
      case '8' -> 'B';
      default -> c;
    };
  }

  /** The digit a letter read where a digit must stand looks like; other characters as they are. */
  static char digitFor(char c) {
    return switch (c) {
      case 'O', 'D', 'Q' -> '0';
      case 'I', 'L' -> '1';
      case 'Z' -> '2';
      case 'S' -> '5';
      case 'G' -> '6';
      case 'B' -> '8';
      default -> c;
    };
  }
}
