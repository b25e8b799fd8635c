package dev.recto.templates.recto;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldType;
import dev.recto.core.model.Provenance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reduces the values read at a regex field's matches to one, by its {@link Grouping}. Values that
 * are blank or, for numeric types, zero are dropped first (invoice2data drops falsy values).
 * Stateless and thread-safe.
 */
final class GroupReducer {

  private GroupReducer() {}

  /**
   * The reduced value, or empty when none is left or a sum mixes currencies.
   *
   * @param group the reduction
   * @param type the field's type (how values compare)
   * @param values the values in match order
   */
  static Optional<ExtractedField> reduce(
      Grouping group, FieldType type, List<ExtractedField> values) {
    List<ExtractedField> kept = new ArrayList<>();
    for (ExtractedField f : values) {
      if (!f.value().isBlank() && !(numeric(type) && isZero(f.value()))) {
        kept.add(f);
      }
    }
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    return switch (group) {
      case FIRST -> Optional.of(kept.get(0));
      case LAST -> Optional.of(kept.get(kept.size() - 1));
      case MIN -> kept.stream().min(order(type, kept));
      case MAX -> kept.stream().max(order(type, kept));
      case JOIN -> Optional.of(combine(kept, String.join(" ", texts(kept)), " ", null));
      case SUM -> sum(kept);
    };
  }

  private static Optional<ExtractedField> sum(List<ExtractedField> kept) {
    BigDecimal total = BigDecimal.ZERO;
    String currency = null;
    for (ExtractedField f : kept) {
      if (f.currency() != null && currency != null && !f.currency().equals(currency)) {
        return Optional.empty();
      }
      currency = currency == null ? f.currency() : currency;
      total = total.add(new BigDecimal(f.value()));
    }
    return Optional.of(combine(kept, total.toPlainString(), " + ", currency));
  }

  private static ExtractedField combine(
      List<ExtractedField> kept, String value, String rawJoin, String currency) {
    List<String> raws = new ArrayList<>();
    List<Provenance> provenance = new ArrayList<>();
    for (ExtractedField f : kept) {
      raws.add(f.rawText());
      provenance.addAll(f.provenance());
    }
    ExtractedField first = kept.get(0);
    return new ExtractedField(
        value,
        currency != null ? currency : first.currency(),
        String.join(rawJoin, raws),
        first.rawScore(),
        first.confidence(),
        provenance,
        first.extractorId());
  }

  private static List<String> texts(List<ExtractedField> kept) {
    return kept.stream().map(ExtractedField::value).toList();
  }

  private static Comparator<ExtractedField> order(FieldType type, List<ExtractedField> kept) {
    if (numeric(type) && kept.stream().allMatch(f -> decimal(f.value()))) {
      return Comparator.comparing(f -> new BigDecimal(f.value()));
    }
    return Comparator.comparing(ExtractedField::value); // ISO dates order as text
  }

  private static boolean numeric(FieldType type) {
    return type == FieldType.MONEY || type == FieldType.NUMBER || type == FieldType.RATE;
  }

  private static boolean decimal(String value) {
    try {
      new BigDecimal(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isZero(String value) {
    try {
      return new BigDecimal(value).signum() == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
