package dev.recto.extraction.table;

import dev.recto.core.model.Document;
import dev.recto.core.model.Line;
import dev.recto.core.model.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Running headers and footers: visual rows in the top or bottom fifth of a page whose text recurs
 * at about the same height on two or more pages (a letterhead, a company footer). A table body ends
 * where one begins. (Inside the page, item rows can repeat at one height by chance.)
 *
 * <p>Immutable and thread-safe.
 */
final class PageFurniture {

  /** Only rows above this page-relative y, or below one minus it, can be furniture. */
  static final double MARGIN = 0.2;

  /** Rows this close in page-relative y count as the same place. */
  static final double SAME_PLACE = 0.02;

  private final Set<String> repeated;

  private PageFurniture(Set<String> repeated) {
    this.repeated = repeated;
  }

  /** The furniture of a document, from its pages' visual rows. */
  static PageFurniture of(Document document, List<List<Line>> rowsPerPage) {
    Map<String, List<double[]>> seen = new HashMap<>();
    for (Page page : document.pages()) {
      for (Line row : rowsPerPage.get(page.index())) {
        String key = Fold.fold(row.text());
        boolean margin = row.box().top() < MARGIN || row.box().top() > 1 - MARGIN;
        if (margin && key.length() >= 4) {
          seen.computeIfAbsent(key, k -> new ArrayList<>())
              .add(new double[] {page.index(), row.box().top()});
        }
      }
    }
    Set<String> repeated = new HashSet<>();
    for (Map.Entry<String, List<double[]>> e : seen.entrySet()) {
      List<double[]> places = e.getValue();
      for (int a = 0; a < places.size() && !repeated.contains(e.getKey()); a++) {
        for (int b = a + 1; b < places.size(); b++) {
          if (places.get(a)[0] != places.get(b)[0]
              && Math.abs(places.get(a)[1] - places.get(b)[1]) <= SAME_PLACE) {
            repeated.add(e.getKey());
            break;
          }
        }
      }
    }
    return new PageFurniture(repeated);
  }

  boolean contains(Line row) {
    return repeated.contains(Fold.fold(row.text()));
  }
}
