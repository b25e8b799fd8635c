package dev.recto.ocr.ppocr;

import dev.recto.core.process.Deadline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns upside-down line crops, as PaddleOCR's {@code TextClassifier} ({@code
 * tools/infer/predict_cls.py}): input {@code 3 x 48 x 192}, crops batched in order of aspect ratio,
 * labels {@code [0, 180]}; a crop is turned when the label is 180 and its score is above the
 * threshold ({@code cls_thresh = 0.9}; PaddleOCR compares with {@code >}).
 *
 * <p>Thread-safe; does not own the model.
 */
final class AngleClassifier {

  static final int HEIGHT = 48;
  static final int WIDTH = 192;

  private final OnnxModel model;
  private final double threshold;
  private final int batchSize;

  AngleClassifier(OnnxModel model, double threshold, int batchSize) {
    this.model = model;
    this.threshold = threshold;
    this.batchSize = batchSize;
  }

  /**
   * Turns, in place, the crops classified as upside down.
   *
   * @param deadline stops the model run when it passes, or null
   */
  void apply(List<LineCrop> crops, StageClock clock, Deadline deadline) {
    List<LineCrop> order = new ArrayList<>(crops);
    order.sort(Comparator.comparingDouble(LineCrop::aspect));
    for (int start = 0; start < order.size(); start += batchSize) {
      List<LineCrop> batch = order.subList(start, Math.min(order.size(), start + batchSize));
      FloatTensor input = BatchInput.of(batch, HEIGHT, WIDTH, null, false);
      long t0 = System.nanoTime();
      FloatTensor out = model.run(input, deadline);
      clock.addClassification(System.nanoTime() - t0);
      int labels = out.dim(1);
      float[] p = out.data();
      for (int i = 0; i < batch.size(); i++) {
        int best = 0;
        for (int k = 1; k < labels; k++) {
          if (p[i * labels + k] > p[i * labels + best]) {
            best = k;
          }
        }
        if (best == 1 && p[i * labels + 1] > threshold) {
          batch.get(i).flip();
        }
      }
    }
  }
}
