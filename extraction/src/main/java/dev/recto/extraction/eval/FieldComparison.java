package dev.recto.extraction.eval;

import dev.recto.core.field.FieldType;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Whether an extracted value equals a truth value, per {@link FieldType}: text and addresses after
 * case and whitespace folding; identifiers with whitespace removed, case-insensitive; money,
 * numbers and rates as decimals ({@code 4.1} equals {@code 4.10}); dates and currency codes
 * exactly. Stateless.
 */
public final class FieldComparison {

  private FieldComparison() {}

  /** True when {@code predicted} counts as {@code truth} for a field of {@code type}. */
  public static boolean matches(FieldType type, String truth, String predicted) {
    if (truth == null || predicted == null) {
      return false;
    }
    return switch (type) {
      case TEXT -> foldText(truth).equals(foldText(predicted));
      case ADDRESS ->
          foldText(truth.replace(",", " ")).equals(foldText(predicted.replace(",", " ")));
      case IDENTIFIER -> foldId(truth).equals(foldId(predicted));
      case MONEY, NUMBER, RATE -> decimalEquals(truth, predicted);
      case DATE, CURRENCY_CODE -> truth.strip().equals(predicted.strip());
    };
  }

  static String foldText(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static String foldId(String s) {
    return s.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  private static boolean decimalEquals(String a, String b) {
    try {
      return new BigDecimal(a.strip()).compareTo(new BigDecimal(b.strip())) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
