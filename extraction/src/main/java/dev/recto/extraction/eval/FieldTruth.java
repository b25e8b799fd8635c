package dev.recto.extraction.eval;

import dev.recto.core.field.FieldKey;
import dev.recto.core.field.LineItemKey;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The known fields of one document, normalized as {@link dev.recto.core.field.FieldType} says.
 *
 * <p>Immutable; collections are copied.
 *
 * @param name the document's name (its file name without extension)
 * @param fields the fields printed on the document, with their normalized values
 * @param unprinted fields that have a value but are not printed as such (a total tax over several
 *     rates): neither rewarded nor penalized
 * @param lineItems the printed cells of each line-item row, in document order
 * @param exhaustive true when every printed field is in {@code fields}, so a value extracted for
 *     any other field is a false positive; false for partial truth (invoice2data's expected output
 *     lists only what its template extracts), where only the listed fields are scored
 * @param slices what the document is, as {@code dimension=value} labels for slicing the scores:
 *     {@code locale=de-DE}, {@code design=d01-classic}, {@code degradation=born-digital|scan},
 *     {@code effect=blur} (one per scan effect), {@code dpi=150}
 * @param absent fields the truth says are not on the document although an extractor may find one (a
 *     reviewer corrected a proposal to "not on the document"): any value extracted for them is
 *     wrong, also in partial truth. Never in {@code fields}. Empty for most truth, where exhaustive
 *     truth already says so of every unlisted field
 */
public record FieldTruth(
    String name,
    Map<FieldKey, String> fields,
    Set<FieldKey> unprinted,
    List<Map<LineItemKey, String>> lineItems,
    boolean exhaustive,
    List<String> slices,
    Set<FieldKey> absent) {

  /** Truth without {@link #absent} fields. */
  public FieldTruth(
      String name,
      Map<FieldKey, String> fields,
      Set<FieldKey> unprinted,
      List<Map<LineItemKey, String>> lineItems,
      boolean exhaustive,
      List<String> slices) {
    this(name, fields, unprinted, lineItems, exhaustive, slices, Set.of());
  }

  public FieldTruth {
    Objects.requireNonNull(name, "name");
    EnumMap<FieldKey, String> f = new EnumMap<>(FieldKey.class);
    f.putAll(fields);
    fields = java.util.Collections.unmodifiableMap(f);
    unprinted = unprinted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(unprinted));
    lineItems =
        lineItems.stream()
            .map(
                row -> {
                  EnumMap<LineItemKey, String> r = new EnumMap<>(LineItemKey.class);
                  r.putAll(row);
                  return java.util.Collections.unmodifiableMap(r);
                })
            .map(r -> (Map<LineItemKey, String>) r)
            .toList();
    slices = List.copyOf(slices);
    absent = absent.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(absent));
    for (FieldKey k : absent) {
      if (fields.containsKey(k)) {
        throw new IllegalArgumentException(k.jsonName() + " is both listed and absent");
      }
    }
  }

  /**
   * Whether a value extracted for {@code key} is known to be wrong because the field is not on the
   * document: exhaustive truth that does not list it (and does not mark it unprinted), or a field
   * marked {@link #absent}.
   */
  public boolean knownAbsent(FieldKey key) {
    return absent.contains(key)
        || (exhaustive && !fields.containsKey(key) && !unprinted.contains(key));
  }
}
