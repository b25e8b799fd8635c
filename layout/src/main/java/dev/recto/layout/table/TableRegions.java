package dev.recto.layout.table;

import dev.recto.core.ingest.PageImage;
import dev.recto.core.model.Page;
import dev.recto.core.model.Region;
import dev.recto.core.model.RegionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives each {@link RegionType#TABLE} region of a page its grid ({@link TableStructureReader}),
 * with rulings from the page image when there is one. Other regions pass through unchanged.
 *
 * <p>Stateless and thread-safe.
 */
public final class TableRegions {

  private TableRegions() {}

  /**
   * The regions, in the same order, each TABLE region with its table structure.
   *
   * @param page the page with its words
   * @param regions the page's regions, page-relative
   * @param image the whole page image, unrotated, or empty (then columns come from words alone)
   */
  public static List<Region> withStructure(
      Page page, List<Region> regions, Optional<PageImage> image) {
    List<Region> out = new ArrayList<>(regions.size());
    for (Region r : regions) {
      if (r.type() != RegionType.TABLE) {
        out.add(r);
        continue;
      }
      Rulings rulings = image.map(i -> RulingFinder.find(i.image(), r.box())).orElse(Rulings.NONE);
      out.add(r.withTable(TableStructureReader.read(page, r.box(), rulings)));
    }
    return out;
  }
}
