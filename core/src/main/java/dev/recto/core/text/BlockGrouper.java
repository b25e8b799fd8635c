package dev.recto.core.text;

import dev.recto.core.model.Block;
import dev.recto.core.model.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups lines into blocks: a line joins the block whose last line sits just above it, overlaps it
 * horizontally and has a similar height. A geometric first cut; layout models refine it.
 *
 * <p>Stateless and thread-safe.
 */
public final class BlockGrouper {

  /** The vertical gap to the previous line may be at most this many line heights. */
  static final double MAX_GAP_IN_HEIGHTS = 0.8;

  /** Line heights in one block differ by at most this factor. */
  static final double MAX_HEIGHT_RATIO = 1.5;

  private BlockGrouper() {}

  /**
   * Blocks in the order of their first line.
   *
   * @param lines lines sorted top to bottom, as {@link LineGrouper#group} returns them
   */
  public static List<Block> group(List<Line> lines) {
    List<List<Line>> blocks = new ArrayList<>();
    for (Line line : lines) {
      List<Line> target = null;
      for (List<Line> block : blocks) {
        if (continues(block.get(block.size() - 1), line)) {
          target = block;
          break;
        }
      }
      if (target == null) {
        target = new ArrayList<>();
        blocks.add(target);
      }
      target.add(line);
    }
    List<Block> out = new ArrayList<>(blocks.size());
    for (List<Line> b : blocks) {
      out.add(Block.of(b));
    }
    return out;
  }

  private static boolean continues(Line above, Line line) {
    double ha = above.box().height();
    double hl = line.box().height();
    if (ha <= 0 || hl <= 0) {
      return false;
    }
    double ratio = Math.max(ha, hl) / Math.min(ha, hl);
    double gap = line.box().top() - above.box().bottom();
    double overlapX =
        Math.min(above.box().right(), line.box().right())
            - Math.max(above.box().left(), line.box().left());
    return ratio <= MAX_HEIGHT_RATIO
        && gap >= -0.5 * Math.min(ha, hl)
        && gap <= MAX_GAP_IN_HEIGHTS * Math.max(ha, hl)
        && overlapX > 0;
  }
}
