package dev.recto.samples.extraction;

import java.util.Set;

/**
 * The synthetic designs kept out of all tuning of the template-free extractor (and of the layout
 * model and calibration): the figures on them measure unseen layouts. Fixed; never tune on them.
 */
final class HeldOutDesigns {

  static final Set<String> IDS = Set.of("d12", "d16", "d20", "d24", "d28", "d32", "d36", "d40");

  private HeldOutDesigns() {}

  /** True when a design id such as {@code d12-vendor-right-grid} is held out. */
  static boolean isHeldOut(String designId) {
    return IDS.contains(designId.split("-", 2)[0]);
  }
}
