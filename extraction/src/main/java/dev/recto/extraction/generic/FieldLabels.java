package dev.recto.extraction.generic;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Document;
import dev.recto.core.model.Page;
import dev.recto.core.model.TextSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where a document prints the labels that announce each field ("Invoice No.", "Total", "IBAN"),
 * found with the generic extractor's bundled multilingual lexicon (fuzzy on OCR pages, as the
 * extractor reads them). The calibrator uses it to measure how far a value sits from its label,
 * whichever extractor produced the value.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class FieldLabels {

  /** Fields some lexicon label announces; names, addresses, currency and terms have none. */
  private static final Set<FieldKey> LABELLED = labelled();

  private static final LabelFinder FINDER = new LabelFinder(LabelLexicon.bundled());

  /**
   * One printed label.
   *
   * @param pageIndex zero-based page
   * @param box the label's words' union, page-relative (0-1, top-left origin)
   */
  public record Place(int pageIndex, BoundingBox box) {
    public Place {
      Objects.requireNonNull(box, "box");
    }
  }

  private final Map<FieldKey, List<Place>> places;

  private FieldLabels(Map<FieldKey, List<Place>> places) {
    this.places = places;
  }

  /** The labels printed on every page of {@code document}. */
  public static FieldLabels find(Document document) {
    Map<FieldKey, List<Place>> out = new EnumMap<>(FieldKey.class);
    for (Page page : document.pages()) {
      PageLayout layout = PageLayout.of(page);
      for (LabelHit hit : FINDER.find(layout, page.textSource() == TextSource.OCR)) {
        hit.role()
            .field()
            .ifPresent(
                key ->
                    out.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Place(page.index(), hit.box())));
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return new FieldLabels(out);
  }

  /** Whether the lexicon has labels for {@code key} at all. */
  public static boolean labelled(FieldKey key) {
    return LABELLED.contains(key);
  }

  /** The labels of {@code key} on {@code pageIndex}, in reading order; empty when none. */
  public List<Place> on(FieldKey key, int pageIndex) {
    return places.getOrDefault(key, List.of()).stream()
        .filter(p -> p.pageIndex() == pageIndex)
        .toList();
  }

  private static Set<FieldKey> labelled() {
    Set<FieldKey> keys = EnumSet.noneOf(FieldKey.class);
    for (LabelRole role : LabelRole.values()) {
      role.field().ifPresent(keys::add);
    }
    return keys;
  }
}
