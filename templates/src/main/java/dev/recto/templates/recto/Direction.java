package dev.recto.templates.recto;

/** Where a value lies relative to its anchor label. */
public enum Direction {
  /** On the same text row, after the label. */
  RIGHT,
  /** On the rows under the label, starting near the label's left edge. */
  BELOW;

  /** The YAML spelling: {@code right} or {@code below}. */
  public String yamlName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
