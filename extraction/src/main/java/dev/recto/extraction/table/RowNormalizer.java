package dev.recto.extraction.table;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Word;
import dev.recto.extraction.parse.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns {@link RawRow}s into {@link LineItem}s: each cell's text parsed by {@link CellValues}, its
 * words' boxes as provenance, and one score per row for how cleanly it parsed.
 *
 * <p><b>Score.</b> A row starts at 1 and loses 0.25 per number cell that does not parse (the cell
 * is dropped), 0.3 without an amount, 0.2 without a description, 0.2 when quantity times unit price
 * misses the amount by more than a cent and half a percent, 0.05 per phrase in an unnamed column or
 * text continuing a number column (at most 0.2), and 0.02 per line beyond the first (at most 0.1);
 * it stays within {@code [0.05, 1]}. Every field of the row gets the row's score as {@code
 * rawScore} and, until calibration exists, as {@code confidence}.
 *
 * <p>Immutable and thread-safe.
 */
final class RowNormalizer {

  private final CellValues values;
  private final String currency;
  private final String extractorId;

  /**
   * @param values the document's cell parsers
   * @param currency the document's ISO 4217 currency for amounts that name none, or null
   * @param extractorId written into every field
   */
  RowNormalizer(CellValues values, String currency, String extractorId) {
    this.values = values;
    this.currency = currency;
    this.extractorId = extractorId;
  }

  /** The row as a line item, or empty when none of its cells parse. */
  Optional<LineItem> normalize(RawRow row) {
    Map<LineItemKey, Cell> cells = new EnumMap<>(LineItemKey.class);
    double score = 1.0;
    for (Map.Entry<LineItemKey, List<Phrase>> e : row.cells().entrySet()) {
      LineItemKey key = e.getKey();
      List<Word> words = words(e.getValue());
      String text = row.text(key);
      Optional<Cell> cell = parse(key, text, words, cells);
      if (cell.isPresent()) {
        cells.put(key, cell.get());
      } else if (BodyReader.NUMBER_KEYS.contains(key) || key == LineItemKey.DATE) {
        score -= 0.25;
      }
    }
    if (!cells.containsKey(LineItemKey.AMOUNT) || !cells.containsKey(LineItemKey.UNIT_PRICE)) {
      if (ungluedPriceAndAmount(row, cells)) {
        // Both parsed after a cut: the 0.25 lost for the failed cell comes back, less 0.1.
        score += 0.15;
      }
    }
    boolean priceFailed =
        row.cells().containsKey(LineItemKey.UNIT_PRICE)
            && !cells.containsKey(LineItemKey.UNIT_PRICE);
    if (!cells.containsKey(LineItemKey.QUANTITY) && ungluedQuantity(row, cells)) {
      // A repair is less sure than a clean parse; a price that failed alone has now parsed.
      score += (priceFailed ? 0.25 : 0) - 0.1;
    }
    if (!cells.containsKey(LineItemKey.AMOUNT)) {
      score -= 0.3;
    }
    if (!cells.containsKey(LineItemKey.DESCRIPTION)) {
      score -= 0.2;
    }
    if (!multiplies(cells)) {
      score -= 0.2;
    }
    score -= Math.min(0.2, 0.05 * row.stray());
    score -= Math.min(0.1, 0.02 * (row.lines() - 1));
    double rowScore = Math.max(0.05, Math.min(1.0, score));
    if (cells.isEmpty()) {
      return Optional.empty();
    }
    Map<LineItemKey, ExtractedField> fields = new EnumMap<>(LineItemKey.class);
    for (Map.Entry<LineItemKey, Cell> e : cells.entrySet()) {
      Cell c = e.getValue();
      List<Provenance> provenance = new ArrayList<>();
      for (Word w : c.words) {
        // The word's own provenance: its box as found on the page, even when straightened.
        provenance.add(w.provenance());
      }
      fields.put(
          e.getKey(),
          new ExtractedField(
              c.value, c.currency, c.raw, rowScore, rowScore, provenance, extractorId));
    }
    return Optional.of(new LineItem(fields));
  }

  private Optional<Cell> parse(
      LineItemKey key, String text, List<Word> words, Map<LineItemKey, Cell> cells) {
    String raw = rawText(words);
    switch (key) {
      case QUANTITY -> {
        Optional<CellValues.Quantity> q = values.quantity(text);
        q.map(CellValues.Quantity::unit)
            .filter(u -> !cells.containsKey(LineItemKey.UNIT))
            .ifPresent(
                u -> {
                  List<Word> unitWords =
                      words.subList(words.size() - u.split(" ").length, words.size());
                  cells.put(LineItemKey.UNIT, new Cell(u, null, u, unitWords));
                });
        return q.map(v -> new Cell(v.value(), null, raw, words));
      }
      case UNIT_PRICE, TAX, AMOUNT -> {
        Optional<Money> m = values.money(text);
        return m.map(
            v ->
                new Cell(
                    v.normalized(), v.currency() != null ? v.currency() : currency, raw, words));
      }
      case TAX_RATE -> {
        return values.rate(text).map(v -> new Cell(v, null, raw, words));
      }
      case DATE -> {
        return values.date(text).map(v -> new Cell(v, null, raw, words));
      }
      default -> {
        return Optional.of(new Cell(text, null, raw, words));
      }
    }
  }

  /**
   * Repairs a quantity glued to the unit price by OCR ({@code 2353,00} for {@code 2} and {@code
   * 353,00}): the split of the price text whose two parts multiply to the amount is taken, both
   * parts with the glued words as provenance. Returns whether a split was taken.
   */
  private boolean ungluedQuantity(RawRow row, Map<LineItemKey, Cell> cells) {
    String text = row.text(LineItemKey.UNIT_PRICE);
    Cell amount = cells.get(LineItemKey.AMOUNT);
    Cell price = cells.get(LineItemKey.UNIT_PRICE);
    if (text == null || amount == null || (price != null && price.value.equals(amount.value))) {
      return false;
    }
    String compact = text.replace(" ", "");
    List<Word> words = words(row.cells().get(LineItemKey.UNIT_PRICE));
    for (int k = 1; k < compact.length() - 1; k++) {
      Optional<CellValues.Quantity> q = values.quantity(compact.substring(0, k));
      Optional<Money> p = values.money(compact.substring(k));
      if (q.isEmpty() || p.isEmpty() || q.get().unit() != null) {
        continue;
      }
      Cell qc = new Cell(q.get().value(), null, compact.substring(0, k), words);
      Money m = p.get();
      Cell pc =
          new Cell(
              m.normalized(),
              m.currency() != null ? m.currency() : currency,
              rawText(words),
              words);
      Map<LineItemKey, Cell> trial =
          Map.of(LineItemKey.QUANTITY, qc, LineItemKey.UNIT_PRICE, pc, LineItemKey.AMOUNT, amount);
      if (new BigDecimal(qc.value).signum() > 0 && multiplies(trial)) {
        cells.put(LineItemKey.QUANTITY, qc);
        cells.put(LineItemKey.UNIT_PRICE, pc);
        return true;
      }
    }
    return false;
  }

  /**
   * Repairs a unit price glued to the amount by OCR ({@code 74,001776,00} for {@code 74,00} and
   * {@code 1776,00}) in either cell: the split whose price times the row's quantity gives the
   * amount is taken. Returns whether one was.
   */
  private boolean ungluedPriceAndAmount(RawRow row, Map<LineItemKey, Cell> cells) {
    Cell quantity = cells.get(LineItemKey.QUANTITY);
    if (quantity == null) {
      return false;
    }
    for (LineItemKey key : List.of(LineItemKey.UNIT_PRICE, LineItemKey.AMOUNT)) {
      String text = row.text(key);
      if (text == null || cells.containsKey(key)) {
        continue;
      }
      String compact = text.replace(" ", "");
      List<Word> words = words(row.cells().get(key));
      for (int k = 1; k < compact.length() - 1; k++) {
        Optional<Money> price = values.money(compact.substring(0, k));
        Optional<Money> amount = values.money(compact.substring(k));
        if (price.isEmpty() || amount.isEmpty()) {
          continue;
        }
        Cell pc = moneyCell(price.get(), compact.substring(0, k), words);
        Cell ac = moneyCell(amount.get(), compact.substring(k), words);
        Map<LineItemKey, Cell> trial =
            Map.of(
                LineItemKey.QUANTITY, quantity, LineItemKey.UNIT_PRICE, pc, LineItemKey.AMOUNT, ac);
        if (multiplies(trial)) {
          cells.put(LineItemKey.UNIT_PRICE, pc);
          cells.put(LineItemKey.AMOUNT, ac);
          return true;
        }
      }
    }
    return false;
  }

  private Cell moneyCell(Money m, String raw, List<Word> words) {
    return new Cell(m.normalized(), m.currency() != null ? m.currency() : currency, raw, words);
  }

  /** Whether quantity times unit price gives the amount, or one of them is missing. */
  private static boolean multiplies(Map<LineItemKey, Cell> cells) {
    Cell q = cells.get(LineItemKey.QUANTITY);
    Cell p = cells.get(LineItemKey.UNIT_PRICE);
    Cell a = cells.get(LineItemKey.AMOUNT);
    if (q == null || p == null || a == null) {
      return true;
    }
    BigDecimal product = new BigDecimal(q.value).multiply(new BigDecimal(p.value));
    BigDecimal amount = new BigDecimal(a.value);
    BigDecimal tolerance =
        amount.abs().multiply(new BigDecimal("0.005")).max(new BigDecimal("0.011"));
    return product.subtract(amount).abs().compareTo(tolerance) <= 0;
  }

  private static List<Word> words(List<Phrase> phrases) {
    List<Word> out = new ArrayList<>();
    for (Phrase p : phrases) {
      out.addAll(p.words());
    }
    return out;
  }

  /** The words as printed: single spaces within a line, a newline between lines. */
  private static String rawText(List<Word> words) {
    StringBuilder sb = new StringBuilder();
    Word previous = null;
    for (Word w : words) {
      if (previous != null) {
        boolean newLine =
            w.provenance().pageIndex() != previous.provenance().pageIndex()
                || w.box().top() >= previous.box().bottom() - 0.25 * previous.box().height();
        sb.append(newLine ? '\n' : ' ');
      }
      sb.append(w.text());
      previous = w;
    }
    return sb.toString();
  }

  /** A parsed cell. */
  private record Cell(String value, String currency, String raw, List<Word> words) {}
}
