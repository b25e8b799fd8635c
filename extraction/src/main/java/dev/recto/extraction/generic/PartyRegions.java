package dev.recto.extraction.generic;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Page;
import dev.recto.core.model.Region;
import dev.recto.core.model.RegionType;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the layout regions of a page say about its party blocks, when a layout engine ran (with no
 * regions every answer is neutral, so extraction works as before).
 *
 * <ul>
 *   <li>A vendor name candidate inside a VENDOR_BLOCK region gains, one inside a region that cannot
 *       hold the vendor's name (the table, totals, payment details, the customer's block) loses:
 *       {@link #vendorBonus}. A key-value group is no such region: on a receipt the model's box for
 *       {@code Company no :} and {@code GST Reg no :} lines takes in the name right above them
 *       (SROIE, 2026-11-27: one name more, no change on the synthetic scans).
 *   <li>A party block (name and address lines) is cut to the party region that holds its name:
 *       lines below or beside it that fall outside are not the address ({@link #trim}).
 * </ul>
 *
 * <p>Region boxes are widened by {@value #MARGIN} of the page on every side before any test, since
 * the model's boxes are a little loose or tight. Immutable and thread-safe.
 */
final class PartyRegions {

  /** Widening of every region box, page-relative. */
  static final double MARGIN = 0.006;

  /** How far above a vendor block, page-relative, a name still counts as its heading. */
  static final double ABOVE = 0.03;

  /** Score added to a vendor name candidate inside a VENDOR_BLOCK region. */
  static final double VENDOR_BLOCK_BONUS = 1.0;

  /** Score taken from a vendor name candidate inside a region that cannot hold it. */
  static final double WRONG_REGION_PENALTY = 1.5;

  private static final Set<RegionType> NOT_VENDOR =
      EnumSet.of(
          RegionType.TABLE,
          RegionType.TOTALS_BLOCK,
          RegionType.PAYMENT_DETAILS,
          RegionType.CUSTOMER_BLOCK);

  private static final Set<RegionType> PARTY =
      EnumSet.of(RegionType.VENDOR_BLOCK, RegionType.CUSTOMER_BLOCK);

  private final List<Region> regions;

  PartyRegions(Page page) {
    this.regions = List.copyOf(page.regions());
  }

  /** Whether the page had no regions (no layout engine, or nothing found). */
  boolean isEmpty() {
    return regions.isEmpty();
  }

  /**
   * The score to add to a vendor name candidate: positive in a vendor block or right above one (a
   * model box often starts under the name, which is printed larger), negative in a region that
   * cannot hold the name.
   */
  double vendorBonus(Segment s) {
    if (inside(s.box(), EnumSet.of(RegionType.VENDOR_BLOCK)).isPresent() || rightAboveVendor(s)) {
      return VENDOR_BLOCK_BONUS;
    }
    return inside(s.box(), NOT_VENDOR).isPresent() ? -WRONG_REGION_PENALTY : 0;
  }

  /** Whether the segment overlaps a vendor block horizontally and ends at most ABOVE over it. */
  private boolean rightAboveVendor(Segment s) {
    BoundingBox b = s.box();
    for (Region r : regions) {
      BoundingBox v = r.box();
      if (r.type() == RegionType.VENDOR_BLOCK
          && b.centerY() < v.top()
          && b.bottom() >= v.top() - ABOVE
          && Math.min(b.right(), v.right()) > Math.max(b.left(), v.left())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The block without the lines (and words) that fall outside the vendor or customer region its
   * name line sits in; the block itself when its name is in no such region.
   */
  TextBlock trim(TextBlock block) {
    Optional<Region> home = inside(union(block.nameLine()), PARTY);
    if (home.isEmpty()) {
      return block;
    }
    BoundingBox box = widened(home.get().box());
    List<List<Word>> lines = new ArrayList<>();
    lines.add(block.nameLine());
    for (List<Word> line : block.addressLines()) {
      List<Word> kept = new ArrayList<>();
      for (Word w : line) {
        if (contains(box, w.box().centerX(), w.box().centerY())) {
          kept.add(w);
        }
      }
      if (kept.isEmpty()) {
        break; // the block ran out of its region: what follows is something else
      }
      lines.add(kept);
    }
    return new TextBlock(lines);
  }

  /** The region of one of {@code types} whose widened box holds the centre of {@code box}. */
  private Optional<Region> inside(BoundingBox box, Set<RegionType> types) {
    Region best = null;
    for (Region r : regions) {
      if (types.contains(r.type())
          && contains(widened(r.box()), box.centerX(), box.centerY())
          && (best == null || r.confidence() > best.confidence())) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  private static BoundingBox union(List<Word> words) {
    BoundingBox b = words.get(0).box();
    for (Word w : words) {
      b = b.union(w.box());
    }
    return b;
  }

  private static BoundingBox widened(BoundingBox b) {
    return BoundingBox.clamped(
        b.left() - MARGIN, b.top() - MARGIN, b.right() + MARGIN, b.bottom() + MARGIN);
  }

  private static boolean contains(BoundingBox b, double x, double y) {
    return b.left() <= x && x <= b.right() && b.top() <= y && y <= b.bottom();
  }
}
