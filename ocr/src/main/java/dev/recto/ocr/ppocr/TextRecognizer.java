package dev.recto.ocr.ppocr;

import dev.recto.core.process.Deadline;
import dev.recto.ocr.ppocr.CtcDecoder.DecodedLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Reads line crops with the CTC recognizer, as PaddleOCR's {@code TextRecognizer} ({@code
 * tools/infer/predict_rec.py}, {@code rec_image_shape = 3,48,320}): crops sorted by aspect ratio
 * and batched; each batch is {@code 48 * max(320 / 48, widest ratio)} pixels wide (PaddleOCR sets
 * no upper bound for this model); decoding by {@link CtcDecoder}. Batches run one after the other
 * on the calling thread, or at once on an executor when one is given. Crops enlarged to the model
 * height are smoothed first unless told not to ({@link UpscaleSmoothing}).
 *
 * <p>Thread-safe; does not own the model or the executor.
 */
final class TextRecognizer {

  static final int HEIGHT = 48;
  static final int MIN_WIDTH = 320;

  private final OnnxModel model;
  private final CtcDecoder decoder;
  private final int batchSize;
  private final Executor executor;
  private final boolean smoothSmallPrint;

  /** Batches run on the calling thread; small print is smoothed. */
  TextRecognizer(OnnxModel model, CtcDecoder decoder, int batchSize) {
    this(model, decoder, batchSize, null, true);
  }

  /**
   * @param executor where batches run at once, or null to run them on the calling thread
   * @param smoothSmallPrint whether enlarged crops are smoothed ({@link UpscaleSmoothing})
   */
  TextRecognizer(
      OnnxModel model,
      CtcDecoder decoder,
      int batchSize,
      Executor executor,
      boolean smoothSmallPrint) {
    this.model = model;
    this.decoder = decoder;
    this.batchSize = batchSize;
    this.executor = executor;
    this.smoothSmallPrint = smoothSmallPrint;
  }

  /**
   * The recognized lines, in the order of {@code crops}. On an executor, the recognition time added
   * to {@code clock} is the wall time of the parallel section times the model's share of the
   * workers' time, so that page time still splits into model and Java time.
   *
   * @param deadline stops the model runs when it passes, or null
   */
  List<RecognizedLine> recognize(List<LineCrop> crops, StageClock clock, Deadline deadline) {
    Integer[] order = new Integer[crops.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> crops.get(i).aspect()));
    RecognizedLine[] result = new RecognizedLine[crops.size()];
    int batches = (order.length + batchSize - 1) / batchSize;
    if (executor == null || batches < 2) {
      for (int start = 0; start < order.length; start += batchSize) {
        clock.addRecognition(runBatch(crops, order, start, result, deadline));
      }
      return List.of(result);
    }
    long wall0 = System.nanoTime();
    long[] modelNanos = new long[batches];
    long[] taskNanos = new long[batches];
    List<CompletableFuture<Void>> running = new ArrayList<>(batches);
    for (int b = 0; b < batches; b++) {
      int index = b;
      running.add(
          CompletableFuture.runAsync(
              () -> {
                long t0 = System.nanoTime();
                modelNanos[index] = runBatch(crops, order, index * batchSize, result, deadline);
                taskNanos[index] = System.nanoTime() - t0;
              },
              executor));
    }
    try {
      CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
    long wall = System.nanoTime() - wall0;
    long model = Arrays.stream(modelNanos).sum();
    long task = Arrays.stream(taskNanos).sum();
    clock.addRecognition(task == 0 ? 0 : Math.round(wall * ((double) model / task)));
    return List.of(result);
  }

  /**
   * Reads the crops {@code order[start .. start + batchSize)} into {@code result}; returns the
   * nanoseconds spent in the model.
   */
  private long runBatch(
      List<LineCrop> crops,
      Integer[] order,
      int start,
      RecognizedLine[] result,
      Deadline deadline) {
    int end = Math.min(order.length, start + batchSize);
    List<LineCrop> batch = new ArrayList<>(end - start);
    double maxRatio = (double) MIN_WIDTH / HEIGHT;
    for (int k = start; k < end; k++) {
      LineCrop crop = crops.get(order[k]);
      batch.add(crop);
      maxRatio = Math.max(maxRatio, crop.aspect());
    }
    int width = (int) (HEIGHT * maxRatio);
    LineInk[] ink = new LineInk[batch.size()];
    FloatTensor input = BatchInput.of(batch, HEIGHT, width, ink, smoothSmallPrint);
    long t0 = System.nanoTime();
    FloatTensor out = model.run(input, deadline);
    long modelNanos = System.nanoTime() - t0;
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
    return modelNanos;
  }

  /**
   * A decoded line and the geometry of the recognizer input it came from.
   *
   * @param line the characters and their frames
   * @param inputWidth width of the batch input, pixels (frames cover it evenly)
   * @param ink the ink of this crop inside the input; its width is the crop's width there, pixels
   */
  record RecognizedLine(DecodedLine line, int inputWidth, LineInk ink) {
    int contentWidth() {
      return ink.width();
    }
  }
}
