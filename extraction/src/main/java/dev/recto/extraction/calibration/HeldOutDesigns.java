package dev.recto.extraction.calibration;

import dev.recto.extraction.eval.FieldTruth;
import java.util.Set;

/**
 * The synthetic designs held out of fitting the default calibration (and of tuning the generic
 * extractor): {@code d12, d16, d20, d24, d28, d32, d36, d40}. Bars are measured on them.
 */
public final class HeldOutDesigns {

  /** The held-out design numbers, as the prefix of a truth's {@code designId}. */
  public static final Set<String> IDS =
      Set.of("d12", "d16", "d20", "d24", "d28", "d32", "d36", "d40");

  private HeldOutDesigns() {}

  /** The truth's design ({@code d12} of {@code d12-vendor-right-grid}), or empty. */
  public static java.util.Optional<String> design(FieldTruth truth) {
    return truth.slices().stream()
        .filter(s -> s.startsWith("design="))
        .map(s -> s.substring("design=".length()).replaceFirst("-.*", ""))
        .findFirst();
  }

  /** Whether the truth is a synthetic document of a held-out design. */
  public static boolean isHeldOut(FieldTruth truth) {
    return design(truth).map(IDS::contains).orElse(false);
  }
}
