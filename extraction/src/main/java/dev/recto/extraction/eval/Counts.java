package dev.recto.extraction.eval;

/**
 * True positives, false positives and false negatives, with precision, recall and F1.
 *
 * <p>An empty count (nothing predicted, nothing expected) has precision, recall and F1 of 1.
 */
public record Counts(long tp, long fp, long fn) {

  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }

  public Counts plus(Counts o) {
    return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  public double precision() {
    return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    long d = 2 * tp + fp + fn;
    return d == 0 ? 1.0 : 2.0 * tp / d;
  }
}
