package dev.recto.reliability.battery;

import dev.recto.core.process.Diagnostic;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.process.Severity;
import dev.recto.core.source.DocumentSource;
import java.io.IOException;

/**
 * Runs one battery document through a processor and turns whatever happens into an {@link Outcome}:
 * a result, an escaped exception (UNTYPED) or an OutOfMemoryError (OOM). Stateless; safe to call
 * from many threads on one shared processor.
 */
final class DocumentRun {
  private DocumentRun() {}

  static Outcome run(DocumentProcessor processor, BatteryTask task, long seed) {
    BatteryTask.Input input;
    try {
      input = task.load(seed);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return new Outcome(
          task.id(), task.name(), kindOf(task), "HARNESS_ERROR", "", 0, e.toString());
    }
    long start = System.nanoTime();
    try {
      ProcessingResult result = processor.process(DocumentSource.of(input.bytes(), task.name()));
      long millis = (System.nanoTime() - start) / 1_000_000;
      Diagnostic error =
          result.diagnostics().stream()
              .filter(d -> d.severity() == Severity.ERROR)
              .findFirst()
              .orElse(null);
      String code = error == null || error.code() == null ? "" : error.code().name();
      String detail = input.note() + (error == null ? "" : " | " + error.message());
      if (!result.source().equals(task.name())) {
        detail = "result names " + result.source() + " | " + detail;
      }
      return new Outcome(
          task.id(), task.name(), input.kind(), result.status().name(), code, millis, detail);
    } catch (OutOfMemoryError e) {
      return new Outcome(
          task.id(), task.name(), input.kind(), "OOM", "", elapsed(start), input.note());
    } catch (Throwable e) { // NOPMD: the battery counts exactly what escapes process()
      return new Outcome(
          task.id(),
          task.name(),
          input.kind(),
          "UNTYPED",
          e.getClass().getName(),
          elapsed(start),
          input.note() + " | " + e.getMessage());
    }
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static String kindOf(BatteryTask task) {
    return task.mutation() < 0 ? "ORIGINAL" : "MUTATION";
  }
}
