package dev.recto.extraction.calibration;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.extraction.check.Verdict;
import dev.recto.extraction.parse.Bics;
import dev.recto.extraction.parse.DocumentIds;
import dev.recto.extraction.parse.Ibans;
import dev.recto.extraction.parse.UsEins;
import dev.recto.extraction.parse.VatNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;

/** Parser validity and plausibility of a field's normalized value. Stateless. */
final class ValueChecks {

  private static final LocalDate EARLIEST = LocalDate.of(1980, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2079, 12, 31);
  private static final BigDecimal LARGEST = new BigDecimal("1000000000");

  private ValueChecks() {}

  /** Whether the value reads as its type (and passes its checksum where it has one). */
  static Verdict parse(FieldKey key, ExtractedField f) {
    String v = f.value();
    boolean ok =
        switch (key) {
          case IBAN -> Ibans.isValid(v);
          case SWIFT -> Bics.isValid(v);
          case VENDOR_TAX_ID, CUSTOMER_TAX_ID ->
              VatNumbers.parse(v).isPresent() || UsEins.isValid(v);
          case INVOICE_ID, CUSTOMER_ID -> DocumentIds.looksLikeInvoiceNumber(v);
          case PURCHASE_ORDER -> DocumentIds.looksLikePurchaseOrder(v);
          default ->
              switch (key.type()) {
                case DATE -> date(v) != null;
                case MONEY, NUMBER, RATE -> decimal(v) != null;
                case CURRENCY_CODE -> currency(v);
                default -> true;
              };
        };
    boolean testable =
        switch (key.type()) {
          case TEXT, ADDRESS -> false;
          default -> true;
        };
    if (!testable) {
      return Verdict.NOT_APPLICABLE;
    }
    return ok ? Verdict.PASSED : Verdict.FAILED;
  }

  /** Whether the value lies in a sane range for its type. */
  static boolean plausible(FieldKey key, ExtractedField f) {
    String v = f.value();
    return switch (key.type()) {
      case DATE -> {
        LocalDate d = date(v);
        yield d != null && !d.isBefore(EARLIEST) && !d.isAfter(LATEST);
      }
      case MONEY, NUMBER -> {
        BigDecimal d = decimal(v);
        yield d != null && d.abs().compareTo(LARGEST) < 0 && d.stripTrailingZeros().scale() <= 4;
      }
      case RATE -> {
        BigDecimal d = decimal(v);
        yield d != null && d.abs().compareTo(BigDecimal.ONE) <= 0;
      }
      case CURRENCY_CODE -> currency(v);
      case TEXT, ADDRESS, IDENTIFIER ->
          v.length() >= 2 && v.length() <= 300 && v.chars().anyMatch(Character::isLetterOrDigit);
    };
  }

  private static LocalDate date(String v) {
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static BigDecimal decimal(String v) {
    try {
      return new BigDecimal(v.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean currency(String v) {
    try {
      Currency.getInstance(v.strip());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
