package dev.recto.samples.lineitems;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import dev.recto.samples.synth.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Line-item row counts for precision and recall: a truth row is found when one extracted row (each
 * used once) has, for every cell the invoice prints, the same normalized value.
 *
 * @param found truth rows found
 * @param extracted rows extracted
 * @param truth truth rows
 */
record RowScore(int found, int extracted, int truth) {

  static final RowScore ZERO = new RowScore(0, 0, 0);

  static RowScore of(Truth truth, List<LineItem> items) {
    List<LineItem> left = new ArrayList<>(items);
    int found = 0;
    for (Truth.LineItemTruth row : truth.lineItems()) {
      for (int i = 0; i < left.size(); i++) {
        if (matches(row, left.get(i))) {
          left.remove(i);
          found++;
          break;
        }
      }
    }
    return new RowScore(found, items.size(), truth.lineItems().size());
  }

  private static boolean matches(Truth.LineItemTruth row, LineItem item) {
    for (Map.Entry<LineItemKey, Truth.FieldTruth> cell : row.cells().entrySet()) {
      if (cell.getValue().raw() == null) {
        continue;
      }
      String got = item.get(cell.getKey()).map(ExtractedField::value).orElse(null);
      if (!cell.getValue().value().equals(got)) {
        return false;
      }
    }
    return true;
  }

  RowScore plus(RowScore other) {
    return new RowScore(found + other.found, extracted + other.extracted, truth + other.truth);
  }

  double precision() {
    return extracted == 0 ? (truth == 0 ? 1 : 0) : (double) found / extracted;
  }

  double recall() {
    return truth == 0 ? 1 : (double) found / truth;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "P %.3f R %.3f F1 %.3f (%d found, %d extracted, %d truth)",
        precision(),
        recall(),
        f1(),
        found,
        extracted,
        truth);
  }
}
