package dev.recto.core.spi;

import dev.recto.core.ingest.PageImage;
import dev.recto.core.model.Word;
import dev.recto.core.process.Deadline;
import java.util.List;

/**
 * Recognizes the words on a page image.
 *
 * <p>Implementations are thread-safe: one engine serves all threads of a processor (keeping
 * per-thread native handles internally where their library needs it). The processor that created
 * the engine closes it, which releases its models and native memory.
 */
public interface OcrEngine extends AutoCloseable {

  /** The provider's id. */
  String id();

  /**
   * The words on the page, with boxes in the page-relative space of {@link
   * dev.recto.core.model.BoundingBox} and provenance naming this engine and its model.
   */
  List<Word> recognize(PageImage page);

  /**
   * The words on the page, giving up when {@code deadline} passes. Engines that can stop native
   * work (ONNX Runtime run options) stop it and throw; the default runs {@link
   * #recognize(PageImage)} to its end and leaves the deadline check to the caller.
   *
   * @param deadline the document's deadline; read from any thread, never modified
   * @throws dev.recto.core.error.DeadlineExceededException when the engine stopped because the
   *     deadline passed
   */
  default List<Word> recognize(PageImage page, Deadline deadline) {
    return recognize(page);
  }

  @Override
  void close();
}
