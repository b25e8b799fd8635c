package dev.recto.ocr.ppocr;

import java.util.concurrent.atomic.LongAdder;

/** Sums of the time spent in each model, in nanoseconds. Thread-safe. */
final class StageClock {
  private final LongAdder pages = new LongAdder();
  private final LongAdder detection = new LongAdder();
  private final LongAdder classification = new LongAdder();
  private final LongAdder recognition = new LongAdder();
  private final LongAdder total = new LongAdder();

  void addDetection(long nanos) {
    detection.add(nanos);
  }

  void addClassification(long nanos) {
    classification.add(nanos);
  }

  void addRecognition(long nanos) {
    recognition.add(nanos);
  }

  void addPage(long totalNanos) {
    pages.increment();
    total.add(totalNanos);
  }

  PpOcrTimings snapshot() {
    return new PpOcrTimings(
        pages.sum(), detection.sum(), classification.sum(), recognition.sum(), total.sum());
  }
}
