package dev.recto.core.eval;

import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import dev.recto.core.text.LayoutTextRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Compares {@link LayoutTextRenderer} with poppler's {@code pdftotext -layout} on every PDF of a
 * folder, the text that invoice2data's templates are written against. See {@link LayoutTextReport}
 * for the figures.
 *
 * <p>Recto reads each PDF's text layer only ({@link OcrMode#OFF}); pdftotext runs as an external
 * process ({@code pdftotext -layout -enc UTF-8 FILE -}) with a timeout. Stateless and thread-safe;
 * each call builds and closes its own {@link DocumentProcessor}.
 *
 * <pre>{@code
 * if (LayoutTextEvaluation.pdftotextAvailable()) {
 *   System.out.println(LayoutTextEvaluation.evaluate(Path.of("invoices/")).toMarkdown());
 * }
 * }</pre>
 */
public final class LayoutTextEvaluation {

  /** How long one pdftotext run may take by default. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private LayoutTextEvaluation() {}

  /** True when {@code pdftotext} can be run from the {@code PATH}. */
  public static boolean pdftotextAvailable() {
    return PdftotextRunner.onPath().isAvailable();
  }

  /** {@link #evaluate(Path, Duration)} with {@link #DEFAULT_TIMEOUT}. */
  public static LayoutTextReport evaluate(Path dir) throws IOException {
    return evaluate(dir, DEFAULT_TIMEOUT);
  }

  /**
   * Evaluates every {@code *.pdf} file (case-insensitive) directly in {@code dir}, in file-name
   * order.
   *
   * @param pdftotextTimeout the longest one pdftotext run may take
   * @throws IOException when the folder cannot be listed
   * @throws dev.recto.core.error.EngineUnavailableException when pdftotext is not installed
   * @throws java.io.UncheckedIOException when pdftotext fails, times out or its output is
   *     unreadable
   */
  public static LayoutTextReport evaluate(Path dir, Duration pdftotextTimeout) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(pdftotextTimeout, "pdftotextTimeout");
    List<Path> pdfs;
    try (Stream<Path> s = Files.list(dir)) {
      pdfs =
          s.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
              .sorted()
              .toList();
    }
    PdftotextRunner pdftotext =
        new PdftotextRunner(PdftotextRunner.onPath().executable(), pdftotextTimeout);
    List<LayoutTextReport.FileScore> scores = new ArrayList<>();
    try (DocumentProcessor processor = DocumentProcessor.builder().ocrMode(OcrMode.OFF).build()) {
      for (Path pdf : pdfs) {
        String reference = pdftotext.layoutText(pdf);
        ProcessingResult result = processor.process(DocumentSource.of(pdf));
        String rendered = result.documentIfPresent().map(LayoutTextRenderer::render).orElse("");
        scores.add(
            score(
                pdf.getFileName().toString(),
                result.documentIfPresent().isPresent(),
                reference,
                rendered));
      }
    }
    return new LayoutTextReport(scores);
  }

  /**
   * Scores one rendering against its reference.
   *
   * @param file a name for the report
   * @param processed whether Recto produced a document
   * @param reference pdftotext's text
   * @param rendered Recto's text
   */
  public static LayoutTextReport.FileScore score(
      String file, boolean processed, String reference, String rendered) {
    List<String> ref = TextSimilarity.normalizedLines(reference);
    List<String> got = TextSimilarity.normalizedLines(rendered);
    int[] gaps = TextSimilarity.gapAgreement(reference, rendered);
    return new LayoutTextReport.FileScore(
        file,
        processed,
        ref.size(),
        got.size(),
        TextSimilarity.matchedLines(ref, got),
        TextSimilarity.similarity(reference, rendered),
        gaps[0],
        gaps[1]);
  }

  /** Prints the report of the folder given as the only argument as Markdown. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: LayoutTextEvaluation <folder of PDFs>");
      System.exit(2);
    }
    System.out.print(evaluate(Path.of(args[0])).toMarkdown());
  }
}
