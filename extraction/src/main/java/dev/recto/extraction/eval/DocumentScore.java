package dev.recto.extraction.eval;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one document's extraction compares with its truth.
 *
 * <p>Per field: a printed truth value matched by the extracted one is a true positive; a wrong
 * value is a false positive and a false negative; a missing one a false negative; a value where the
 * truth has none a false positive; fields in {@link FieldTruth#unprinted()} are not counted.
 * Line-item rows: an extracted row matches a truth row when every printed truth cell equals the
 * extracted cell; rows are paired greedily in document order.
 *
 * @param truth the truth compared against
 * @param fields the counts per field
 * @param rows line-item rows matched, extra and missed
 * @param misses one line per wrong or missing field, for reading the failures
 */
public record DocumentScore(
    FieldTruth truth, Map<FieldKey, Counts> fields, Counts rows, List<String> misses) {

  public DocumentScore {
    Objects.requireNonNull(truth, "truth");
    EnumMap<FieldKey, Counts> f = new EnumMap<>(FieldKey.class);
    f.putAll(fields);
    fields = Collections.unmodifiableMap(f);
    Objects.requireNonNull(rows, "rows");
    misses = List.copyOf(misses);
  }

  /** Scores {@code extracted} against {@code truth}. */
  public static DocumentScore score(FieldTruth truth, InvoiceFields extracted) {
    Map<FieldKey, Counts> counts = new EnumMap<>(FieldKey.class);
    List<String> misses = new ArrayList<>();
    for (FieldKey key : FieldKey.values()) {
      if (truth.unprinted().contains(key)) {
        continue;
      }
      String want = truth.fields().get(key);
      String got = extracted.get(key).map(ExtractedField::value).orElse(null);
      Counts c;
      if (want == null && (got == null || !truth.knownAbsent(key))) {
        continue;
      } else if (want == null) {
        c = new Counts(0, 1, 0);
        misses.add(key.jsonName() + ": extracted '" + got + "' where none is printed");
      } else if (got == null) {
        c = new Counts(0, 0, 1);
        misses.add(key.jsonName() + ": missed '" + want + "'");
      } else if (FieldComparison.matches(key.type(), want, got)) {
        c = new Counts(1, 0, 0);
      } else {
        c = new Counts(0, 1, 1);
        misses.add(key.jsonName() + ": '" + got + "' instead of '" + want + "'");
      }
      counts.put(key, c);
    }
    Counts rows =
        truth.exhaustive() || !truth.lineItems().isEmpty()
            ? rows(truth, extracted.lineItems())
            : Counts.ZERO; // partial truth without rows says nothing about rows
    return new DocumentScore(truth, counts, rows, misses);
  }

  private static Counts rows(FieldTruth truth, List<LineItem> extracted) {
    long matched = 0;
    int from = 0;
    for (Map<LineItemKey, String> want : truth.lineItems()) {
      for (int i = from; i < extracted.size(); i++) {
        if (rowMatches(want, extracted.get(i))) {
          matched++;
          from = i + 1;
          break;
        }
      }
    }
    return new Counts(matched, extracted.size() - matched, truth.lineItems().size() - matched);
  }

  private static boolean rowMatches(Map<LineItemKey, String> want, LineItem got) {
    for (Map.Entry<LineItemKey, String> e : want.entrySet()) {
      String value = got.get(e.getKey()).map(ExtractedField::value).orElse(null);
      if (!FieldComparison.matches(e.getKey().type(), e.getValue(), value)) {
        return false;
      }
    }
    return true;
  }

  /** All fields together. */
  public Counts micro() {
    return fields.values().stream().reduce(Counts.ZERO, Counts::plus);
  }
}
