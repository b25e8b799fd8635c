package dev.recto.templates.invoice2data;

import dev.recto.core.model.Document;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs invoice2data templates on files the way the {@code invoice2data} command does: a {@code
 * .txt} file is read as it is; any other file is processed and its layout text used; when that
 * gives no result and an OCR processor is given, the document is read again by OCR and the OCR
 * words are added where the text layer has none (invoice2data's OCR last resort), and the templates
 * run once more.
 *
 * <p>Thread-safe when its processors are (Recto's are). It does not own the processors: the caller
 * closes them.
 */
public final class Invoice2DataRunner {

  private final Invoice2DataTemplates templates;
  private final DocumentProcessor processor;
  private final Optional<DocumentProcessor> ocrProcessor;

  /**
   * @param templates the templates
   * @param processor reads documents (typically without forced OCR)
   * @param ocrProcessor reads documents by OCR for the last resort, if any
   */
  public Invoice2DataRunner(
      Invoice2DataTemplates templates,
      DocumentProcessor processor,
      Optional<DocumentProcessor> ocrProcessor) {
    this.templates = Objects.requireNonNull(templates, "templates");
    this.processor = Objects.requireNonNull(processor, "processor");
    this.ocrProcessor = Objects.requireNonNull(ocrProcessor, "ocrProcessor");
  }

  /**
   * What one file gave.
   *
   * @param file the file
   * @param outcome the templates' outcome
   * @param usedOcr whether the outcome comes from the OCR last resort
   * @param processingError why the document could not be read, if it could not
   * @param ocrError why the OCR last resort could not read it, if it was tried and failed
   */
  public record Run(
      Path file,
      Invoice2DataOutcome outcome,
      boolean usedOcr,
      Optional<String> processingError,
      Optional<String> ocrError) {
    public Run {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(processingError, "processingError");
      Objects.requireNonNull(ocrError, "ocrError");
    }
  }

  /** Runs the templates on one file. */
  public Run run(Path file) {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return new Run(
            file,
            templates.extract(Invoice2DataInput.ofText(text)),
            false,
            Optional.empty(),
            Optional.empty());
      } catch (IOException e) {
        return new Run(
            file,
            Invoice2DataOutcome.noTemplate(),
            false,
            Optional.of("cannot read: " + e.getMessage()),
            Optional.empty());
      }
    }
    ProcessingResult result = processor.process(DocumentSource.of(file));
    Optional<Document> doc = result.documentIfPresent();
    if (doc.isEmpty()) {
      return new Run(
          file,
          Invoice2DataOutcome.noTemplate(),
          false,
          Optional.of(reason(result)),
          Optional.empty());
    }
    Invoice2DataOutcome outcome = templates.extract(DocumentText.of(doc.get()));
    if (outcome.extracted() || ocrProcessor.isEmpty()) {
      return new Run(file, outcome, false, Optional.empty(), Optional.empty());
    }
    ProcessingResult ocr = ocrProcessor.get().process(DocumentSource.of(file));
    if (ocr.documentIfPresent().isEmpty()) {
      return new Run(file, outcome, false, Optional.empty(), Optional.of(reason(ocr)));
    }
    Document merged = DocumentText.withOcrWords(doc.get(), ocr.documentIfPresent().get());
    Invoice2DataOutcome second = templates.extract(DocumentText.of(merged));
    if (second.extracted() || outcome.status() == Invoice2DataOutcome.Status.NO_TEMPLATE) {
      return new Run(file, second, true, Optional.empty(), Optional.empty());
    }
    return new Run(file, outcome, false, Optional.empty(), Optional.empty());
  }

  private static String reason(ProcessingResult result) {
    List<String> messages = result.diagnostics().stream().map(d -> d.message()).toList();
    return result.status() + (messages.isEmpty() ? "" : ": " + messages.get(0));
  }
}
