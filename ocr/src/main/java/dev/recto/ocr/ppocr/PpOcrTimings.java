package dev.recto.ocr.ppocr;

/**
 * Where a {@link PpOcrEngine} spent its time since it was created, summed over all pages and
 * threads. Model times cover the ONNX Runtime calls only; {@link #javaNanos()} is the rest (image
 * conversion, resizing, normalization, DB post-processing, crops, decoding, word splitting). With
 * several threads the sums exceed wall-clock time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pages pages recognized
 * @param detectionNanos time in the detection model, nanoseconds
 * @param classificationNanos time in the angle classifier, nanoseconds
 * @param recognitionNanos time in the recognition model, nanoseconds
 * @param totalNanos time in {@link PpOcrEngine#recognize}, nanoseconds
 */
public record PpOcrTimings(
    long pages,
    long detectionNanos,
    long classificationNanos,
    long recognitionNanos,
    long totalNanos) {

  public PpOcrTimings {
    if (pages < 0
        || detectionNanos < 0
        || classificationNanos < 0
        || recognitionNanos < 0
        || totalNanos < 0) {
      throw new IllegalArgumentException("timings must be >= 0");
    }
  }

  /** Time outside the models: Java pre- and post-processing, nanoseconds. */
  public long javaNanos() {
    return Math.max(0, totalNanos - detectionNanos - classificationNanos - recognitionNanos);
  }

  /** The difference {@code this - earlier}, for timing a span of work. */
  public PpOcrTimings minus(PpOcrTimings earlier) {
    return new PpOcrTimings(
        pages - earlier.pages,
        detectionNanos - earlier.detectionNanos,
        classificationNanos - earlier.classificationNanos,
        recognitionNanos - earlier.recognitionNanos,
        totalNanos - earlier.totalNanos);
  }
}
