package dev.recto.extraction.generic;

import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Company registration numbers printed with a party's name or address, which belong to neither:
 * Malaysian receipts print {@code AEON CO. (M) BHD (126926-H)}, {@code (CO.REG : 933109-X)} or
 * {@code JM0325955-V} next to or under the name. A registration number here is a word of five to
 * fourteen capitals and digits, at least five of them digits, ending in a hyphen and a check letter
 * ({@code 126926-H}, {@code SA037115S1-P}), or one to three capitals and five to twelve digits
 * closed by a parenthesis ({@code (JM0517726)}), with an optional label glued in front ({@code
 * (CO.REG:933109-X)}). Label words right before it ({@code Company No:}, {@code (CO.REG :}) and a
 * lone opening parenthesis go with it. Postcodes ({@code 81100}, also in parentheses), phone
 * numbers ({@code 03-32719481}) and lot numbers ({@code 1851-A}) do not match.
 *
 * <p>Stateless and thread-safe.
 */
final class RegistrationNumbers {

  private static final Pattern NUMBER =
      Pattern.compile(
          "\\(?(?:[A-Z0-9.\\-]*(?:REG|NO|ROC)[.:]*)?:?"
              + "(?:[A-Z0-9]{5,14}-[A-Z]\\)?|\\(?[A-Z]{1,3}\\d{5,12}\\)|\\(?\\d{5,12}[A-Z]\\)|\\d{6,12}[A-Z])[.,]?");
  private static final Pattern LABEL =
      Pattern.compile("\\(?(?:CO|C0|C[AO]MPANY|REG|REGISTRATION|ROC|N[AO0]|CO[.\\-]?REG)[.:]*");

  private RegistrationNumbers() {}

  /** {@code line} without its registration numbers and their labels; the same list when none. */
  static List<Word> strip(List<Word> line) {
    List<Word> kept = new ArrayList<>(line.size());
    for (Word w : line) {
      if (!isNumber(w.text())) {
        kept.add(w);
        continue;
      }
      while (!kept.isEmpty() && isLabel(kept.get(kept.size() - 1).text())) {
        kept.remove(kept.size() - 1);
      }
    }
    return kept.size() == line.size() ? line : kept;
  }

  static boolean isNumber(String word) {
    String w = word.toUpperCase(Locale.ROOT);
    if (!NUMBER.matcher(w).matches()) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        digits++;
      }
    }
    return digits >= 5;
  }

  private static boolean isLabel(String word) {
    String w = word.toUpperCase(Locale.ROOT);
    return w.equals("(") || w.equals(":") || LABEL.matcher(w).matches();
  }
}
