package dev.recto.extraction.generic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the final point of a dotted legal form that ends a company name: OCR at scan resolution
 * drops the last dot of {@code S.A.}, {@code N.V.}, {@code S.p.A.} more often than not (the other
 * dots sit between letters and survive). Written with dots, these forms always end with one. A
 * space read after one of its inner points is taken out as well ({@code S. L.U.} → {@code S.L.U.},
 * {@code S. r.l.} → {@code S.r.l.}): the point's empty right side looks like a word gap to OCR. A
 * zero read for the O of {@code CO.} ({@code AEON C0. (M) BHD}) is put right.
 *
 * <p>Stateless and thread-safe.
 */
final class DottedLegalForms {

  private static final Pattern CLIPPED =
      Pattern.compile(
          "(?i)(^|\\s)(s\\.a|n\\.v|b\\.v|s\\.p\\.a|s\\.l|s\\.l\\.u|s\\.r\\.l|s\\.n\\.c|s\\.a\\.s|"
              + "s\\.a\\.r\\.l|e\\.k|v\\.o\\.f|s\\.c\\.s|s\\.c\\.a)$");

  private static final Pattern C_ZERO = Pattern.compile("(^|\\s)C0\\.(?=\\s|$)");

  private static final Pattern SPACED =
      Pattern.compile("(?i)(^|\\s)((?:[a-z]\\.\\s?){1,3}[a-z]\\.?)$");

  private DottedLegalForms() {}

  /**
   * {@code name} with a space read inside its final dotted legal form taken out and the point after
   * a clipped one put back, or {@code name} itself.
   */
  static String complete(String name) {
    name = C_ZERO.matcher(name).replaceAll("$1CO.");
    Matcher spaced = SPACED.matcher(name);
    if (spaced.find() && spaced.group(2).contains(" ")) {
      String joined = spaced.group(2).replace(" ", "");
      if (CLIPPED.matcher(" " + joined).find() || CLIPPED.matcher(" " + strip(joined)).find()) {
        name = name.substring(0, spaced.start(2)) + joined;
      }
    }
    return CLIPPED.matcher(name).find() ? name + "." : name;
  }

  private static String strip(String form) {
    return form.endsWith(".") ? form.substring(0, form.length() - 1) : form;
  }
}
