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
