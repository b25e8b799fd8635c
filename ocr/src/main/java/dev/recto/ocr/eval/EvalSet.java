package dev.recto.ocr.eval;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * A named set of pages with known text. Pages are loaded one at a time when the evaluation reaches
 * them, so a set of large renders never sits in memory at once.
 *
 * <p>Immutable and thread-safe when its loaders are.
 *
 * @param name short name, e.g. {@code invoices300}
 * @param description one line for reports: what the pages are and where their truth comes from
 * @param ignoreCase whether words and characters are compared case-insensitively (SROIE's truth is
 *     upper-case)
 * @param items the pages, in order
 */
public record EvalSet(String name, String description, boolean ignoreCase, List<Item> items) {

  public EvalSet {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    items = List.copyOf(items);
  }

  /** The first {@code limit} pages of this set. */
  public EvalSet limit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, was " + limit);
    }
    return new EvalSet(
        name, description, ignoreCase, items.subList(0, Math.min(limit, items.size())));
  }

  /**
   * One page of a set, loaded on demand.
   *
   * @param id the sample's id
   * @param loader renders or decodes the page and reads its truth
   */
  public record Item(String id, Loader loader) {
    public Item {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(loader, "loader");
    }

    /** Loads the sample. */
    public EvalSample load() throws IOException {
      return loader.load();
    }
  }

  /** Produces a sample; may read files. */
  @FunctionalInterface
  public interface Loader {
    EvalSample load() throws IOException;
  }
}
