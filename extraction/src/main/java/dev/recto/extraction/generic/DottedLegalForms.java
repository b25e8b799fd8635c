package dev.recto.extraction.generic;

import java.util.regex.Pattern;

/**
 * Puts back the final point of a dotted legal form that ends a company name: OCR at scan resolution
 * drops the last dot of {@code S.A.}, {@code N.V.}, {@code S.p.A.} more often than not (the other
 * dots sit between letters and survive). Written with dots, these forms always end with one.
 *
 * <p>Stateless and thread-safe.
 */
final class DottedLegalForms {

  private static final Pattern CLIPPED =
      Pattern.compile(
          "(?i)(^|\\s)(s\\.a|n\\.v|b\\.v|s\\.p\\.a|s\\.l|s\\.l\\.u|s\\.r\\.l|s\\.n\\.c|s\\.a\\.s|"
              + "s\\.a\\.r\\.l|e\\.k|v\\.o\\.f|s\\.c\\.s|s\\.c\\.a)$");

  private DottedLegalForms() {}

  /** {@code name} with the point after a clipped final legal form, or {@code name} itself. */
  static String complete(String name) {
    return CLIPPED.matcher(name).find() ? name + "." : name;
  }
}
