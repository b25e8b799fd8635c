package dev.recto.core.spi;

import dev.recto.core.ingest.PageImage;
import dev.recto.core.model.Word;
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

  @Override
  void close();
}
