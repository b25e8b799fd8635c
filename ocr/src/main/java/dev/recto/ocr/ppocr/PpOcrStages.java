package dev.recto.ocr.ppocr;

import dev.recto.core.ingest.PageImage;
import dev.recto.core.model.Word;
import java.util.List;
import java.util.Objects;

/**
 * The two stages of a {@link PpOcrEngine} run one at a time, for benchmarks and profiling: {@link
 * #detect} finds and cuts out the text lines of a page, {@link #read} recognizes such lines and
 * splits them into words. {@code read(page, detect(page))} gives the same words as {@link
 * PpOcrEngine#recognize}; neither counts as a page in {@link PpOcrEngine#timings()}, but their
 * model times are added there.
 *
 * <p>Thread-safe as the engine is. Does not own the engine; each {@link Lines} owns the native
 * images of its crops and must be closed by the caller.
 *
 * <pre>{@code
 * PpOcrStages stages = new PpOcrStages(engine);
 * try (PpOcrStages.Lines lines = stages.detect(page)) {
 *   List<Word> words = stages.read(page, lines);
 * }
 * }</pre>
 */
public final class PpOcrStages {

  private final PpOcrEngine engine;

  /** Stages of {@code engine}, which stays owned by the caller. */
  public PpOcrStages(PpOcrEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  /**
   * Detection (and angle classification when enabled): the page's text lines, cut out.
   *
   * @throws IllegalStateException after the engine is closed
   */
  public Lines detect(PageImage page) {
    Objects.requireNonNull(page, "page");
    return new Lines(engine.whileOpen(() -> engine.detectLines(page, null)));
  }

  /**
   * Recognition and word splitting of {@code lines}, which must come from {@link #detect} of the
   * same {@code page}; they can be read again and again until closed.
   *
   * @throws IllegalStateException after the engine or {@code lines} is closed
   */
  public List<Word> read(PageImage page, Lines lines) {
    Objects.requireNonNull(page, "page");
    List<LineCrop> crops = lines.crops();
    return engine.whileOpen(() -> engine.readLines(page, crops, null));
  }

  /**
   * Text lines cut out of one page: upright BGR images in native memory, released by {@link
   * #close()}. Not thread-safe to close while another thread reads them.
   */
  public static final class Lines implements AutoCloseable {
    private final List<LineCrop> crops;
    private boolean closed;

    private Lines(List<LineCrop> crops) {
      this.crops = List.copyOf(crops);
    }

    /** Number of lines. */
    public int size() {
      return crops.size();
    }

    /** Sum of the crops' widths scaled to the recognizer's input height, pixels. */
    public long recognizerWidth() {
      long sum = 0;
      for (LineCrop c : crops) {
        sum += (long) Math.ceil(TextRecognizer.HEIGHT * c.aspect());
      }
      return sum;
    }

    List<LineCrop> crops() {
      if (closed) {
        throw new IllegalStateException("lines are closed");
      }
      return crops;
    }

    /** Releases the crops' images; idempotent. */
    @Override
    public void close() {
      if (!closed) {
        closed = true;
        crops.forEach(LineCrop::close);
      }
    }
  }
}
