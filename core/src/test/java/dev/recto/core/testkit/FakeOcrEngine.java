package dev.recto.core.testkit;

import dev.recto.core.ingest.PageImage;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Word;
import dev.recto.core.spi.OcrEngine;
import dev.recto.core.spi.OcrEngineProvider;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OCR engine that "recognizes" one fixed word in the top-left corner of every page, and counts
 * its calls and closes. Thread-safe.
 */
public final class FakeOcrEngine implements OcrEngine {
  public static final String ID = "fake-ocr";

  private final String word;
  public final AtomicInteger calls = new AtomicInteger();
  public final AtomicInteger closes = new AtomicInteger();

  public FakeOcrEngine(String word) {
    this.word = word;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Word> recognize(PageImage page) {
    calls.incrementAndGet();
    BoundingBox box = new BoundingBox(0.1, 0.1, 0.3, 0.12);
    return List.of(
        new Word(word, box, 0.9, 0, new Provenance(page.pageIndex(), box, ID, "fake", "1")));
  }

  @Override
  public void close() {
    closes.incrementAndGet();
  }

  /** A provider handing out this engine. */
  public OcrEngineProvider provider(int priority) {
    return Providers.ocr(ID, priority, () -> this);
  }
}
