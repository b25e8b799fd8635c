package dev.recto.ocr.ppocr;

import dev.recto.ocr.ppocr.CtcDecoder.DecodedLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reads line crops with the CTC recognizer, as PaddleOCR's {@code TextRecognizer} ({@code
 * tools/infer/predict_rec.py}, {@code rec_image_shape = 3,48,320}, {@code rec_batch_num = 6}):
 * crops sorted by aspect ratio and batched; each batch is {@code 48 * max(320 / 48, widest ratio)}
 * pixels wide (PaddleOCR sets no upper bound for this model); decoding by {@link CtcDecoder}.
 *
 * <p>Thread-safe; does not own the model.
 */
final class TextRecognizer {

  static final int HEIGHT = 48;
  static final int MIN_WIDTH = 320;

  private final OnnxModel model;
  private final CtcDecoder decoder;
  private final int batchSize;

  TextRecognizer(OnnxModel model, CtcDecoder decoder, int batchSize) {
    this.model = model;
    this.decoder = decoder;
    this.batchSize = batchSize;
  }

  /** The recognized lines, in the order of {@code crops}. */
  List<RecognizedLine> recognize(List<LineCrop> crops, StageClock clock) {
    Integer[] order = new Integer[crops.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> crops.get(i).aspect()));
    RecognizedLine[] result = new RecognizedLine[crops.size()];
    for (int start = 0; start < order.length; start += batchSize) {
      int end = Math.min(order.length, start + batchSize);
      List<LineCrop> batch = new ArrayList<>(end - start);
      double maxRatio = (double) MIN_WIDTH / HEIGHT;
      for (int k = start; k < end; k++) {
        LineCrop crop = crops.get(order[k]);
        batch.add(crop);
        maxRatio = Math.max(maxRatio, crop.aspect());
      }
      int width = (int) (HEIGHT * maxRatio);
      boolean[][] ink = new boolean[batch.size()][];
      FloatTensor input = BatchInput.of(batch, HEIGHT, width, ink);
      long t0 = System.nanoTime();
      FloatTensor out = model.run(input);
      clock.addRecognition(System.nanoTime() - t0);
      int frames = out.dim(1);
      int classes = out.dim(2);
      if (classes != decoder.classCount()) {
        throw new IllegalStateException(
            "recognizer outputs " + classes + " classes, dictionary has " + decoder.classCount());
      }
      for (int i = 0; i < batch.size(); i++) {
        DecodedLine line = decoder.decode(out.data(), i * frames * classes, frames);
        result[order[start + i]] = new RecognizedLine(line, width, ink[i]);
      }
    }
    return List.of(result);
  }

  /**
   * A decoded line and the geometry of the recognizer input it came from.
   *
   * @param line the characters and their frames
   * @param inputWidth width of the batch input, pixels (frames cover it evenly)
   * @param ink which columns of this crop inside the input hold ink; its length is the crop's width
   *     there, pixels
   */
  record RecognizedLine(DecodedLine line, int inputWidth, boolean[] ink) {
    int contentWidth() {
      return ink.length;
    }
  }
}
