package dev.recto.core.reliability;

import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.Document;
import dev.recto.core.spi.FieldExtractor;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A field extractor that blocks until the test releases it and ignores interrupts meanwhile, like
 * PDFBox work that never checks the thread's interrupt flag. Counts its calls, the interrupts it
 * swallowed and the calls that returned. Thread-safe.
 */
final class StubbornExtractor implements FieldExtractor {
  final CountDownLatch release = new CountDownLatch(1);
  final AtomicInteger calls = new AtomicInteger();
  final AtomicInteger interruptsIgnored = new AtomicInteger();
  final AtomicInteger returned = new AtomicInteger();

  @Override
  public String id() {
    return "stubborn";
  }

  @Override
  public InvoiceFields extract(Document document) {
    calls.incrementAndGet();
    while (release.getCount() > 0) {
      try {
        release.await();
      } catch (InterruptedException e) {
        interruptsIgnored.incrementAndGet();
      }
    }
    returned.incrementAndGet();
    return InvoiceFields.EMPTY;
  }
}
