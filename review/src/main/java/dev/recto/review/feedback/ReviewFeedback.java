package dev.recto.review.feedback;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.model.Document;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import dev.recto.review.ReviewQueue;
import dev.recto.review.ReviewTask;
import dev.recto.review.TaskFilter;
import dev.recto.review.TruthExport;
import dev.recto.review.TruthExport.LabeledDocument;
import dev.recto.templates.recto.MatchRules;
import dev.recto.templates.recto.RectoTemplate;
import dev.recto.templates.recto.RectoTemplateLoader;
import dev.recto.templates.recto.RectoTemplateWriter;
import dev.recto.templates.recto.TemplateInducer;
import dev.recto.templates.recto.TemplateMatcher;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The feedback loop: what reviewers resolved in a {@link ReviewQueue} becomes (a) a Recto template
 * for each reviewed document's vendor, by template induction, and (b) labeled data for
 * recalibration.
 *
 * <p><b>Templates.</b> For every document whose tasks are all resolved, the document is read again
 * from the file its tasks point at, with the processor given here (use the one that routed it, so
 * the fields that were accepted without review come out the same). The values the template is
 * induced from are the reviewed values (accepted or corrected; a field corrected to empty is left
 * out) and, for fields that never reached the queue, the extracted values, which were accepted
 * without review. {@link TemplateInducer} writes a rule for each value it finds printed; the
 * vendor's name (the {@code VendorName} value, when known and printed) is added to the template's
 * keywords, so the template matches that vendor's documents rather than every document with the
 * same labels. The template is written as {@code review-VENDOR.yml} into the template directory,
 * replacing an earlier one of that vendor, and is kept only when it, read back from disk, matches
 * its own example. Use the directory with {@link
 * dev.recto.templates.recto.TemplateExtractorProvider#fromDirectory}: the template's fields then
 * win over the generic extractor's, and calibration scores them as template fields.
 *
 * <p><b>Recalibration data.</b> {@link TruthExport} files: a corrected proposal is labeled wrong,
 * an accepted one right, one corrected to "not on the document" wrong (its {@code absent} list);
 * {@code recto calibrate --reviewed DIR} fits on them alongside other labeled documents.
 *
 * <p>Thread-safety: immutable; safe for concurrent use when the processor is, but run one {@code
 * apply} at a time per template directory (files are replaced by name). Ownership: the processor
 * stays the caller's and is not closed here.
 *
 * <pre>{@code
 * try (DocumentProcessor processor = DocumentProcessor.builder().build();
 *     ReviewQueue queue = ReviewQueue.open(ReviewDatabase.h2(Path.of("review-queue")))) {
 *   FeedbackReport r = new ReviewFeedback(processor)
 *       .apply(queue, Path.of("templates"), Optional.of(Path.of("reviewed-truth")));
 * }
 * }</pre>
 */
public final class ReviewFeedback {

  /** Prefix of the names (and file names) of templates written here. */
  public static final String NAME_PREFIX = "review-";

  private final DocumentProcessor processor;

  /**
   * @param processor reads the reviewed documents again (their words, and the fields accepted
   *     without review); not closed here
   */
  public ReviewFeedback(DocumentProcessor processor) {
    this.processor = Objects.requireNonNull(processor, "processor");
  }

  /**
   * Writes a template per fully reviewed document into {@code templateDir} (created when missing)
   * and, when {@code truthDir} is given, the queue's truth export into it.
   *
   * @throws IOException when a file cannot be written
   */
  public FeedbackReport apply(ReviewQueue queue, Path templateDir, Optional<Path> truthDir)
      throws IOException {
    Files.createDirectories(templateDir);
    List<InducedTemplate> written = new ArrayList<>();
    List<FeedbackReport.Skipped> skipped = new ArrayList<>();
    for (LabeledDocument doc : TruthExport.documents(queue)) {
      long open =
          queue
              .list(
                  TaskFilter.all().withDocument(doc.documentId()).withState(ReviewTask.State.OPEN))
              .size();
      if (open > 0) {
        skipped.add(new FeedbackReport.Skipped(doc.documentId(), open + " tasks still open"));
        continue;
      }
      Outcome o = induce(doc, templateDir);
      if (o.template != null) {
        written.add(o.template);
      } else {
        skipped.add(new FeedbackReport.Skipped(doc.documentId(), o.reason));
      }
    }
    List<Path> truth = truthDir.isPresent() ? TruthExport.write(queue, truthDir.get()) : List.of();
    return new FeedbackReport(written, skipped, truth);
  }

  private record Outcome(InducedTemplate template, String reason) {}

  /**
   * Induces and writes the template of one reviewed document.
   *
   * @return the template written, or why none was
   */
  private Outcome induce(LabeledDocument doc, Path templateDir) throws IOException {
    Path source = sourcePath(doc.source());
    if (!Files.isRegularFile(source)) {
      return new Outcome(null, "source not found: " + source);
    }
    ProcessingResult result = processor.process(DocumentSource.of(source));
    Optional<Document> document = result.documentIfPresent();
    if (document.isEmpty()) {
      return new Outcome(null, "cannot read " + source + ": " + result.diagnostics());
    }
    Map<FieldKey, String> values = values(doc, result);
    if (values.isEmpty()) {
      return new Outcome(null, "no field value is known");
    }
    String vendor = values.getOrDefault(FieldKey.VENDOR_NAME, doc.documentId());
    String name = NAME_PREFIX + slug(vendor, doc.documentId());
    RectoTemplate induced = TemplateInducer.induce(name, vendor, document.get(), values);
    if (induced.fields().isEmpty()) {
      return new Outcome(null, "no rule gives back any reviewed value");
    }
    Optional<RectoTemplate> withVendor = withVendorKeyword(induced, values);
    Path file = templateDir.resolve(name + ".yml");
    Path tmp = templateDir.resolve(name + ".yml.tmp"); // not a template file name: not loaded
    try {
      for (RectoTemplate t :
          withVendor.isPresent() ? List.of(withVendor.get(), induced) : List.of(induced)) {
        Files.writeString(tmp, RectoTemplateWriter.write(t), StandardCharsets.UTF_8);
        RectoTemplate back = RectoTemplateLoader.load(tmp);
        if (new TemplateMatcher(List.of(back)).match(document.get()).isPresent()) {
          Files.move(
              tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          return new Outcome(
              new InducedTemplate(
                  doc.documentId(), name, file, values.keySet(), back.fields().keySet()),
              null);
        }
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return new Outcome(null, "the induced template does not match its own example");
  }

  /** Reviewed values over the fields accepted without review. */
  private static Map<FieldKey, String> values(LabeledDocument doc, ProcessingResult result) {
    Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
    for (Map.Entry<FieldKey, ExtractedField> e : result.invoice().fields().entrySet()) {
      if (e.getValue().value() != null && !e.getValue().value().isBlank()) {
        values.put(e.getKey(), e.getValue().value());
      }
    }
    for (ReviewTask t : doc.tasks()) {
      values.remove(t.field()); // reviewed: the reviewer's value, or none
    }
    values.putAll(doc.values());
    return values;
  }

  /** The template with the vendor's name as one more keyword, when it has letters or digits. */
  private static Optional<RectoTemplate> withVendorKeyword(
      RectoTemplate t, Map<FieldKey, String> values) {
    String vendor = values.get(FieldKey.VENDOR_NAME);
    if (vendor == null || vendor.chars().noneMatch(Character::isLetterOrDigit)) {
      return Optional.empty();
    }
    Set<String> keywords = new LinkedHashSet<>(t.match().keywords());
    keywords.remove(t.issuer()); // the inducer's fallback keyword when it found no label
    keywords.add(vendor);
    MatchRules m =
        new MatchRules(
            List.copyOf(keywords),
            t.match().excludeKeywords(),
            t.match().regexes(),
            t.match().layout());
    return Optional.of(
        new RectoTemplate(
            t.name(),
            t.source(),
            t.issuer(),
            t.priority(),
            m,
            t.options(),
            t.fields(),
            t.customFields(),
            t.lineItems(),
            t.tables(),
            t.text()));
  }

  /** A task's page image reference (a path or {@code file:} URI) as a path. */
  private static Path sourcePath(String ref) {
    return ref.startsWith("file:") ? Path.of(URI.create(ref)) : Path.of(ref);
  }

  /** Lower-case ASCII letters and digits joined by {@code -}, at most 60 characters. */
  private static String slug(String text, String fallback) {
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (ascii.length() > 60) {
      ascii = ascii.substring(0, 60).replaceAll("-+$", "");
    }
    return ascii.isEmpty() && !fallback.equals(text)
        ? slug(fallback, fallback)
        : ascii.isEmpty() ? "vendor" : ascii;
  }
}
