package dev.recto.extraction.table;

import dev.recto.extraction.parse.DateParser;
import dev.recto.extraction.parse.Money;
import dev.recto.extraction.parse.MoneyParser;
import dev.recto.extraction.parse.NumberConvention;
import dev.recto.extraction.parse.Percentages;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the text of one table cell into the normalized value its column's {@link
 * dev.recto.core.field.FieldType} asks for, under one document's number convention and date order.
 *
 * <ul>
 *   <li>Quantity: a plain decimal with trailing zeros of the fraction dropped ({@code 3.00} is
 *       {@code 3}, {@code 2,50} is {@code 2.5}, {@code 100} stays {@code 100}), since a quantity's
 *       printed scale is formatting, not precision. A unit written after the number in the same
 *       cell ({@code 1.00 kg}) is split off.
 *   <li>Unit price, tax, amount: money as {@link Money#normalized()} writes it ({@code 1234.50}),
 *       with the currency the cell names, else the document's.
 *   <li>Tax rate: a fraction ({@code 19 %} is {@code 0.19}); a bare number up to 100 in a rate
 *       column is read as percent.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class CellValues {

  private static final Pattern UNIT_WORD = Pattern.compile("\\p{L}[\\p{L}.²³/]{0,7}");

  private final NumberConvention convention;
  private final MoneyParser money;
  private final DateParser dates;

  CellValues(NumberConvention convention, DateParser dates) {
    this.convention = convention;
    this.money = new MoneyParser(convention);
    this.dates = dates;
  }

  /**
   * A quantity and the unit written after it.
   *
   * @param value the normalized quantity
   * @param unit the unit text after it, or null
   */
  record Quantity(String value, String unit) {}

  Optional<Quantity> quantity(String text) {
    String[] tokens = text.trim().split("\\s+");
    int end = tokens.length;
    while (end > 1 && UNIT_WORD.matcher(tokens[end - 1]).matches()) {
      end--;
    }
    String number = String.join(" ", Arrays.copyOfRange(tokens, 0, end));
    String unit =
        end < tokens.length
            ? String.join(" ", Arrays.copyOfRange(tokens, end, tokens.length))
            : null;
    return convention.parseNumber(number).map(n -> new Quantity(plain(n), unit));
  }

  /**
   * The amount; a text that does not parse is tried once more without its spaces ({@code 16, 78}).
   */
  Optional<Money> money(String text) {
    Optional<Money> m = money.parse(text.trim());
    return m.isPresent() || !text.trim().contains(" ") ? m : money.parse(text.replace(" ", ""));
  }

  /** The rate as a fraction, plain decimal. */
  Optional<String> rate(String text) {
    Optional<BigDecimal> fraction = Percentages.parse(text.trim());
    if (fraction.isEmpty()) {
      fraction =
          convention
              .parseNumber(text)
              .filter(n -> n.signum() >= 0 && n.compareTo(BigDecimal.valueOf(100)) <= 0)
              .map(n -> n.movePointLeft(2));
    }
    return fraction.map(CellValues::plain);
  }

  /** The date as ISO-8601. */
  Optional<String> date(String text) {
    return dates.parse(text.trim()).map(Object::toString);
  }

  private static String plain(BigDecimal n) {
    BigDecimal stripped = n.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return stripped.toPlainString();
  }
}
