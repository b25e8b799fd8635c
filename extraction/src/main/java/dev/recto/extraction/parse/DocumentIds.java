package dev.recto.extraction.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Heuristics for document identifiers: does a token look like an invoice number or a purchase-order
 * number, as opposed to a date, an amount, a percentage, a phone number or a word?
 *
 * <p>A candidate, trimmed and without a leading {@code #}, must be 1 to 30 characters of letters,
 * digits and the separators {@code - / . _ #}, start and end with a letter or digit, hold at least
 * one digit, and have no run of two separators. It must not read as a date under any {@link
 * DateOrder}, as an amount with decimals, grouping or a currency under either {@link
 * NumberConvention}, as a percentage, or as a US EIN or VAT number. An invoice number of digits
 * only needs at least 3 of them (a page or line number is rarely the invoice number); a
 * purchase-order number may be any length.
 *
 * <p>These are plausibility filters for candidates found next to a label, not detectors that find
 * identifiers in free text. Stateless and thread-safe.
 */
public final class DocumentIds {

  private static final Pattern SHAPE =
      Pattern.compile("[\\p{L}\\d](?:[\\p{L}\\d]|[-/._#](?=[\\p{L}\\d])){0,29}");
  private static final List<DateParser> DATES =
      List.of(
          new DateParser(DateOrder.DMY),
          new DateParser(DateOrder.MDY),
          new DateParser(DateOrder.YMD));
  private static final List<MoneyParser> AMOUNTS =
      List.of(new MoneyParser(NumberConvention.DOT), new MoneyParser(NumberConvention.COMMA));

  private DocumentIds() {}

  /**
   * Whether {@code text} is plausible as an invoice number ({@code INV-2024-0042}, {@code 10234}).
   */
  public static boolean looksLikeInvoiceNumber(String text) {
    if (!plausibleId(text)) {
      return false;
    }
    String s = text.strip().replaceFirst("^#", "");
    return !s.chars().allMatch(Character::isDigit) || s.length() >= 3;
  }

  /** Whether {@code text} is plausible as a purchase-order number ({@code PO-7781}, {@code 45}). */
  public static boolean looksLikePurchaseOrder(String text) {
    return plausibleId(text);
  }

  private static boolean plausibleId(String text) {
    if (text == null) {
      return false;
    }
    String s = text.strip();
    if (s.startsWith("#")) {
      s = s.substring(1);
    }
    if (!SHAPE.matcher(s).matches() || s.chars().noneMatch(Character::isDigit)) {
      return false;
    }
    for (DateParser dates : DATES) {
      if (dates.parse(s).isPresent()) {
        return false;
      }
    }
    for (MoneyParser amounts : AMOUNTS) {
      if (!amounts.findAll(s).isEmpty() && amounts.parse(s).isPresent()) {
        return false;
      }
    }
    return Percentages.parse(s).isEmpty() && !UsEins.isValid(s) && VatNumbers.parse(s).isEmpty();
  }
}
