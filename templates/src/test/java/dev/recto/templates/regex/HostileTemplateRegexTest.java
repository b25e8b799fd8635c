package dev.recto.templates.regex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.error.ErrorCode;
import dev.recto.core.process.Diagnostic;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.Limits;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.process.ProcessingStatus;
import dev.recto.core.source.DocumentSource;
import dev.recto.templates.recto.RectoTemplate;
import dev.recto.templates.recto.RectoTemplateLoader;
import dev.recto.templates.recto.TemplateExtractorProvider;
import dev.recto.templates.recto.TemplateMatcher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A template is untrusted: a pattern that backtracks catastrophically must not keep a core busy
 * after its document's deadline. Matching reads the text through {@link InterruptibleText}, so the
 * worker the processor abandons and interrupts at the deadline stops matching and comes back.
 */
class HostileTemplateRegexTest {

  /**
   * 25 nested greedy loops that may each take any part of the text, then a character the text
   * lacks: every way of cutting the text in 25 parts is tried (Java's loop optimisations do not
   * catch it; {@code (\S+\s*)+Z} and {@code (\w|\w\w)+$} they do).
   */
  static final String CATASTROPHIC = "(?s)(.*.){25}\\u0001";

  @Test
  void aCatastrophicMatchStopsWhenItsThreadIsInterrupted() throws InterruptedException {
    String text = "Rechnung Nummer 2024-0042 Datum 05.03.2024 Gesamtbetrag 1234,56 EUR ".repeat(4);
    AtomicReference<Throwable> ended = new AtomicReference<>();
    Thread t =
        new Thread(
            () -> {
              try {
                Pattern.compile(CATASTROPHIC).matcher(InterruptibleText.of(text)).find();
                ended.set(new AssertionError("the match finished: not catastrophic enough"));
              } catch (RuntimeException e) {
                ended.set(e);
              }
            });
    t.start();
    Thread.sleep(200);
    assertThat(t.isAlive()).as("still matching after 200 ms").isTrue();
    t.interrupt();
    t.join(5_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(ended.get()).isInstanceOf(InterruptibleText.RegexInterruptedException.class);
  }

  @Test
  void anInterruptibleTextReadsLikeItsText() {
    CharSequence s = InterruptibleText.of("Total 12,50");
    var m = Pattern.compile("(\\d+),(\\d+)").matcher(s);
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("12");
    assertThat(m.replaceAll("$1.$2")).isEqualTo("Total 12.50");
    assertThat(InterruptibleText.of(s)).isSameAs(s);
  }

  @Test
  void aHostileTemplateCostsItsDocumentTheDeadlineAndNotTheWorker() throws InterruptedException {
    RectoTemplate hostile =
        RectoTemplateLoader.parse(
            "hostile.yml",
            "hostile",
            "issuer: Hostile\n"
                + "match: {regexes: ['INV-2026']}\n"
                + "fields:\n"
                + "  InvoiceId: {regex: '"
                + CATASTROPHIC
                + "'}\n");
    Duration deadline = Duration.ofSeconds(2);
    try (DocumentProcessor p =
        DocumentProcessor.builder()
            .ocrMode(OcrMode.OFF)
            .noLayout()
            .extractorProviders(
                List.of(new TemplateExtractorProvider(new TemplateMatcher(List.of(hostile)))))
            .limits(Limits.defaults().withDeadline(deadline))
            .build()) {
      long start = System.nanoTime();
      ProcessingResult r =
          p.process(DocumentSource.of(Path.of("..", "samples", "documents", "sample-invoice.pdf")));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(r.status()).as(r.diagnostics().toString()).isEqualTo(ProcessingStatus.FAILURE);
      Diagnostic error =
          r.diagnostics().stream().filter(d -> d.code() != null).findFirst().orElseThrow();
      assertThat(error.code()).isEqualTo(ErrorCode.DEADLINE_EXCEEDED);
      assertThat(took).isLessThan(deadline.plusSeconds(1));
      // the abandoned worker was interrupted inside the match and returns
      for (int i = 0; i < 500 && p.stuckWorkers() > 0; i++) {
        Thread.sleep(10);
      }
      assertThat(p.stuckWorkers()).isZero();
    }
  }
}
