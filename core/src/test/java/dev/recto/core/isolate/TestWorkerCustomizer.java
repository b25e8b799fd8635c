package dev.recto.core.isolate;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.Document;
import dev.recto.core.model.Page;
import dev.recto.core.model.Region;
import dev.recto.core.model.RegionType;
import dev.recto.core.model.Word;
import dev.recto.core.process.ProcessorBuilder;
import dev.recto.core.spi.FieldExtractor;
import dev.recto.core.spi.LayoutEngine;
import dev.recto.core.testkit.FakeOcrEngine;
import dev.recto.core.testkit.Providers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test engines for worker JVMs, and the test-only crash hooks: the extractor misbehaves on
 * documents with magic names ({@code exit-42.pdf}, {@code sigkill.pdf}, {@code oom.pdf}, {@code
 * hang.pdf}: the whole worker JVM stops, {@code stuck.pdf}: this thread hangs ignoring interrupts)
 * and reports the worker's pid as the invoice id on {@code pid-*.pdf}. On any other document it
 * finds {@code Total <amount>} as InvoiceTotal, with the words' provenance.
 *
 * <p>Used by tests in the parent JVM as well, so that in-process and isolated results can be
 * compared.
 */
public final class TestWorkerCustomizer implements WorkerCustomizer {

  @Override
  public void customize(ProcessorBuilder builder, List<String> args) {
    builder
        .ocrProviders(List.of(Providers.ocr(FakeOcrEngine.ID, 1, () -> new FakeOcrEngine("Scan"))))
        .layoutProviders(List.of(Providers.layout("test-layout", 1, TestLayout::new)))
        .calibratorProviders(List.of())
        .extractorProviders(List.of(Providers.extractor("test-hooks", 1, new HookExtractor())));
  }

  /** One TEXT region over each page's first line. */
  static final class TestLayout implements LayoutEngine {
    @Override
    public String id() {
      return "test-layout";
    }

    @Override
    public boolean needsImage() {
      return false;
    }

    @Override
    public List<Region> detect(Page page, Optional<dev.recto.core.ingest.PageImage> image) {
      if (page.lines().isEmpty()) {
        return List.of();
      }
      var box = page.lines().get(0).box();
      return List.of(
          new Region(
              RegionType.TEXT,
              box,
              0.75,
              new dev.recto.core.model.Provenance(page.index(), box, "test-layout", "none", "1")));
    }

    @Override
    public void close() {}
  }

  static final class HookExtractor implements FieldExtractor {
    @Override
    public String id() {
      return "test-hooks";
    }

    @Override
    public InvoiceFields extract(Document document) {
      String name = document.source();
      switch (name) {
        case "exit-42.pdf" -> System.exit(42);
        case "sigkill.pdf" -> killMyself();
        case "oom.pdf" -> exhaustHeap();
        case "hang.pdf" -> freezeProcess();
        case "stuck.pdf" -> hangIgnoringInterrupts();
        default -> {}
      }
      List<Word> words = new ArrayList<>();
      document.pages().forEach(p -> words.addAll(p.words()));
      if (name.startsWith("pid-") && !words.isEmpty()) {
        String pid = Long.toString(ProcessHandle.current().pid());
        return fields(FieldKey.INVOICE_ID, pid, words.get(0), null);
      }
      for (int i = 0; i + 1 < words.size(); i++) {
        if (words.get(i).text().equals("Total") && words.get(i + 1).text().matches("[0-9.]+")) {
          return fields(FieldKey.INVOICE_TOTAL, words.get(i + 1).text(), words.get(i + 1), "EUR");
        }
      }
      return InvoiceFields.EMPTY;
    }

    private static InvoiceFields fields(FieldKey key, String value, Word word, String currency) {
      ExtractedField f =
          new ExtractedField(
              value, currency, word.text(), 0.8, 0.8125, List.of(word.provenance()), "test-hooks");
      return new InvoiceFields(Map.of(key, f), List.of());
    }

    private static void killMyself() {
      try {
        new ProcessBuilder("kill", "-9", Long.toString(ProcessHandle.current().pid()))
            .start()
            .waitFor();
        Thread.sleep(10_000);
      } catch (IOException | InterruptedException e) {
        Runtime.getRuntime().halt(99);
      }
    }

    private static void exhaustHeap() {
      List<long[]> hog = new ArrayList<>();
      while (true) {
        hog.add(new long[1 << 20]);
      }
    }

    /**
     * Stops the whole worker JVM (SIGSTOP to itself), as a native hang that blocks the process
     * would: its own deadline enforcement cannot answer, only the parent's kill ends it.
     */
    private static void freezeProcess() {
      try {
        new ProcessBuilder("kill", "-STOP", Long.toString(ProcessHandle.current().pid()))
            .start()
            .waitFor();
      } catch (java.io.IOException e) {
        throw new IllegalStateException("cannot stop the worker process", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      hangIgnoringInterrupts();
    }

    private static void hangIgnoringInterrupts() {
      while (true) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException ignored) {
          // Like PDFBox work that ignores interruption.
        }
      }
    }
  }
}
