package dev.recto.ocr.ppocr;

import java.util.Objects;

/**
 * Settings of a {@link PpOcrEngine}. Immutable and thread-safe; derive variants with the {@code
 * with...} methods.
 *
 * <p>Defaults follow PaddleOCR's {@code tools/infer/utility.py} ({@code det_limit_side_len=960},
 * {@code det_limit_type='max'}, {@code det_db_thresh=0.3}, {@code det_db_box_thresh=0.6}, {@code
 * det_db_unclip_ratio=1.5}, {@code use_angle_cls=False}, {@code cls_thresh=0.9}, {@code
 * drop_score=0.5}) and {@code ppocr/postprocess/db_postprocess.py} ({@code max_candidates=1000}).
 * Measured on 12 invoice first pages at 300 dpi ({@code docs/ocr.md}): a detection limit of 1600 or
 * 2048 pixels was no better than 960 (word recall 0.912 and 0.905 against 0.916) and slower; the
 * angle classifier turned small upright lines upside down (losing a whole footer line of the sample
 * invoice), so it stays off as in PaddleOCR; the word-gap ratio 0.6 was the best of 0.35, 0.5 and
 * 0.6.
 *
 * <pre>{@code
 * PpOcrOptions options = PpOcrOptions.defaults().withDevice(PpOcrOptions.Device.AUTO).withIntraOpThreads(4);
 * try (PpOcrEngine engine = PpOcrEngine.create(options)) { ... }
 * }</pre>
 *
 * @param detLimitSideLen the page is scaled down so its long side is at most this many pixels
 *     before detection (never up); rounded to multiples of 32
 * @param detThreshold probability above which a detection-map pixel is text
 * @param detBoxThreshold minimum mean probability inside a box for it to be kept
 * @param unclipRatio how far a detected box is grown: {@code area * ratio / perimeter} pixels per
 *     side
 * @param maxCandidates at most this many contours are looked at per page
 * @param angleClassifier whether the angle classifier runs and turns upside-down lines
 * @param clsThreshold a line is turned when the classifier says 180° with a score above this
 * @param dropScore lines whose mean character probability is under this are dropped
 * @param batchSize crops per classifier and recognizer call (PaddleOCR's {@code rec_batch_num=6});
 *     single crops took about 0.6 times the CPU time but lost 0.01 word recall, see {@code
 *     docs/ocr.md}, "OCR speed"
 * @param wordGapRatio a run of ink-free columns between two consecutive characters at least this
 *     many median character pitches wide breaks a word even without a recognized space (half of it
 *     after {@code ,:;} before a letter; never between digits), see {@code docs/ocr.md}
 * @param currencySigns whether {@code €} and {@code £}, which the recognizer's dictionary lacks,
 *     are put back next to amounts from the shape of the ink it left unread or read as {@code E e C
 *     c} ({@code CurrencySigns}); see {@code docs/ocr.md}
 * @param accentMarks whether a small mark above a lowercase vowel or n is put back as its accent
 *     ({@code AccentMarks}); see {@code docs/ocr.md}
 * @param sharpS whether a B after a lowercase vowel is read as the {@code ß} the dictionary lacks
 *     ({@code SharpS}); see {@code docs/ocr.md}
 * @param smoothSmallPrint whether line crops enlarged to the recognizer's height (small print) are
 *     smoothed before recognition ({@code UpscaleSmoothing}); see {@code docs/ocr.md}
 * @param intraOpThreads ONNX Runtime threads per detection and classifier call (and per recognizer
 *     call when {@code recognitionThreads} is 1), 0 for ONNX Runtime's default (one per physical
 *     core)
 * @param recognitionThreads how many recognizer batches run at once, on worker threads the engine
 *     owns and shares between all calls (so pages recognized in parallel do not multiply them);
 *     each batch then runs on one ONNX Runtime thread. 1 runs the batches one after the other on
 *     the calling thread with {@code intraOpThreads} threads each; 0 means the number of available
 *     processors
 * @param device where the models run
 */
public record PpOcrOptions(
    int detLimitSideLen,
    double detThreshold,
    double detBoxThreshold,
    double unclipRatio,
    int maxCandidates,
    boolean angleClassifier,
    double clsThreshold,
    double dropScore,
    int batchSize,
    double wordGapRatio,
    boolean currencySigns,
    boolean accentMarks,
    boolean sharpS,
    boolean smoothSmallPrint,
    int intraOpThreads,
    int recognitionThreads,
    Device device) {

  /** Default detection limit, pixels of the long side. */
  public static final int DEFAULT_DET_LIMIT_SIDE = 960;

  /** Where the models run. */
  public enum Device {
    /** ONNX Runtime's CPU execution provider. */
    CPU,
    /**
     * The CUDA execution provider; engine creation fails when {@code onnxruntime_gpu} or CUDA is
     * missing.
     */
    GPU,
    /** CUDA when {@code onnxruntime_gpu} and CUDA are present, else CPU (logged once). */
    AUTO
  }

  public PpOcrOptions {
    if (detLimitSideLen < 32) {
      throw new IllegalArgumentException("detLimitSideLen must be >= 32, was " + detLimitSideLen);
    }
    unit("detThreshold", detThreshold);
    unit("detBoxThreshold", detBoxThreshold);
    unit("clsThreshold", clsThreshold);
    unit("dropScore", dropScore);
    if (!(unclipRatio >= 0) || Double.isInfinite(unclipRatio)) {
      throw new IllegalArgumentException("unclipRatio must be finite and >= 0, was " + unclipRatio);
    }
    if (maxCandidates < 1) {
      throw new IllegalArgumentException("maxCandidates must be >= 1, was " + maxCandidates);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be >= 1, was " + batchSize);
    }
    if (!(wordGapRatio > 0) || Double.isInfinite(wordGapRatio)) {
      throw new IllegalArgumentException(
          "wordGapRatio must be finite and > 0, was " + wordGapRatio);
    }
    if (intraOpThreads < 0) {
      throw new IllegalArgumentException("intraOpThreads must be >= 0, was " + intraOpThreads);
    }
    if (recognitionThreads < 0) {
      throw new IllegalArgumentException(
          "recognitionThreads must be >= 0, was " + recognitionThreads);
    }
    Objects.requireNonNull(device, "device");
  }

  private static void unit(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0,1], was " + v);
    }
  }

  /** The defaults described above, on the CPU. */
  public static PpOcrOptions defaults() {
    return new PpOcrOptions(
        DEFAULT_DET_LIMIT_SIDE,
        0.3,
        0.6,
        1.5,
        1000,
        false,
        0.9,
        0.5,
        6,
        0.6,
        true,
        true,
        true,
        true,
        0,
        0,
        Device.CPU);
  }

  public PpOcrOptions withDetLimitSideLen(int value) {
    return edit(d -> d.detLimitSideLen = value);
  }

  public PpOcrOptions withDetThresholds(double pixel, double box) {
    return edit(
        d -> {
          d.detThreshold = pixel;
          d.detBoxThreshold = box;
        });
  }

  public PpOcrOptions withUnclipRatio(double value) {
    return edit(d -> d.unclipRatio = value);
  }

  public PpOcrOptions withAngleClassifier(boolean value) {
    return edit(d -> d.angleClassifier = value);
  }

  public PpOcrOptions withBatchSize(int value) {
    return edit(d -> d.batchSize = value);
  }

  public PpOcrOptions withWordGapRatio(double value) {
    return edit(d -> d.wordGapRatio = value);
  }

  public PpOcrOptions withCurrencySigns(boolean value) {
    return edit(d -> d.currencySigns = value);
  }

  public PpOcrOptions withAccentMarks(boolean value) {
    return edit(d -> d.accentMarks = value);
  }

  public PpOcrOptions withSharpS(boolean value) {
    return edit(d -> d.sharpS = value);
  }

  public PpOcrOptions withSmoothSmallPrint(boolean value) {
    return edit(d -> d.smoothSmallPrint = value);
  }

  public PpOcrOptions withIntraOpThreads(int value) {
    return edit(d -> d.intraOpThreads = value);
  }

  public PpOcrOptions withRecognitionThreads(int value) {
    return edit(d -> d.recognitionThreads = value);
  }

  /** {@link #recognitionThreads()} with 0 resolved to the number of available processors. */
  int effectiveRecognitionThreads() {
    return recognitionThreads > 0 ? recognitionThreads : Runtime.getRuntime().availableProcessors();
  }

  public PpOcrOptions withDevice(Device value) {
    return edit(d -> d.device = value);
  }

  /** A copy with {@code change} applied; validated by the record's constructor. */
  private PpOcrOptions edit(java.util.function.Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return d.build();
  }

  /** A mutable copy of the settings, used only inside {@link #edit}. */
  private static final class Draft {
    int detLimitSideLen;
    double detThreshold;
    double detBoxThreshold;
    double unclipRatio;
    int maxCandidates;
    boolean angleClassifier;
    double clsThreshold;
    double dropScore;
    int batchSize;
    double wordGapRatio;
    boolean currencySigns;
    boolean accentMarks;
    boolean sharpS;
    boolean smoothSmallPrint;
    int intraOpThreads;
    int recognitionThreads;
    Device device;

    Draft(PpOcrOptions o) {
      detLimitSideLen = o.detLimitSideLen;
      detThreshold = o.detThreshold;
      detBoxThreshold = o.detBoxThreshold;
      unclipRatio = o.unclipRatio;
      maxCandidates = o.maxCandidates;
      angleClassifier = o.angleClassifier;
      clsThreshold = o.clsThreshold;
      dropScore = o.dropScore;
      batchSize = o.batchSize;
      wordGapRatio = o.wordGapRatio;
      currencySigns = o.currencySigns;
      accentMarks = o.accentMarks;
      sharpS = o.sharpS;
      smoothSmallPrint = o.smoothSmallPrint;
      intraOpThreads = o.intraOpThreads;
      recognitionThreads = o.recognitionThreads;
      device = o.device;
    }

    PpOcrOptions build() {
      return new PpOcrOptions(
          detLimitSideLen,
          detThreshold,
          detBoxThreshold,
          unclipRatio,
          maxCandidates,
          angleClassifier,
          clsThreshold,
          dropScore,
          batchSize,
          wordGapRatio,
          currencySigns,
          accentMarks,
          sharpS,
          smoothSmallPrint,
          intraOpThreads,
          recognitionThreads,
          device);
    }
  }
}
