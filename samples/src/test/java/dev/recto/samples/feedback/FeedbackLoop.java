package dev.recto.samples.feedback;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import dev.recto.extraction.eval.FieldComparison;
import dev.recto.extraction.generic.GenericExtractorProvider;
import dev.recto.review.FieldThresholds;
import dev.recto.review.ReviewDatabase;
import dev.recto.review.ReviewQueue;
import dev.recto.review.ReviewTask;
import dev.recto.review.Router;
import dev.recto.review.RoutingDecision;
import dev.recto.review.feedback.FeedbackReport;
import dev.recto.review.feedback.ReviewFeedback;
import dev.recto.samples.induction.InductionEvaluation;
import dev.recto.samples.synth.Designs;
import dev.recto.samples.synth.FontLibrary;
import dev.recto.samples.synth.InvoiceGenerator;
import dev.recto.samples.synth.InvoiceRenderer;
import dev.recto.samples.synth.InvoiceSpec;
import dev.recto.samples.synth.Label;
import dev.recto.templates.recto.TemplateExtractorProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The feedback loop run on two synthetic invoices of one vendor, as {@link FeedbackLoopTest} checks
 * it: extract invoice 1 with the generic extractor, route it, let a reviewer resolve its tasks from
 * the generator's truth, feed the queue back into a template directory, and extract invoice 2 with
 * and without that directory. Not thread-safe; one run per instance.
 */
final class FeedbackLoop {

  /** Where the loop's files go. */
  private final Path dir;

  FeedbackLoop(Path dir) {
    this.dir = dir;
  }

  /** One invoice: its file and the printed fields' normalized values (the generator's truth). */
  record Invoice(Path pdf, Map<FieldKey, String> truth) {}

  /**
   * What the loop produced.
   *
   * @param first invoice 1 through the generic extractor (before review)
   * @param resolved the review tasks as resolved
   * @param feedback what the feedback step wrote
   * @param before invoice 2 through the generic extractor alone
   * @param after invoice 2 with the template directory the feedback wrote
   */
  record Run(
      Invoice one,
      Invoice two,
      ProcessingResult first,
      List<ReviewTask> resolved,
      FeedbackReport feedback,
      ProcessingResult before,
      ProcessingResult after) {}

  /** Two invoices of one vendor: invoice 0 of the seed, and the next one numbered alike. */
  List<Invoice> invoices(String designId, String locale, long seed, Map<Label, String> wording)
      throws Exception {
    InvoiceGenerator generator = new InvoiceGenerator();
    InvoiceSpec first = withLabels(generator.generate(seed, 0, locale), wording);
    InvoiceSpec second = null;
    for (int i = 1; second == null && i < 5000; i++) {
      InvoiceSpec next = generator.generate(seed, i, locale);
      if (InductionEvaluation.sameNumbering(first, next)) {
        second = InductionEvaluation.sameVendor(first, next);
      }
    }
    if (second == null) {
      throw new IllegalStateException("no second invoice numbered like the first");
    }
    try (FontLibrary fonts = new FontLibrary()) {
      InvoiceRenderer renderer = new InvoiceRenderer(fonts);
      return List.of(
          render(renderer, first, designId, "vendor-invoice-1"),
          render(renderer, second, designId, "vendor-invoice-2"));
    }
  }

  /** The invoice with some labels worded as this vendor words them. */
  static InvoiceSpec withLabels(InvoiceSpec s, Map<Label, String> wording) {
    Map<Label, String> labels = new EnumMap<>(Label.class);
    labels.putAll(s.labels());
    labels.putAll(wording);
    return new InvoiceSpec(
        s.locale(),
        s.invoiceId(),
        s.invoiceDate(),
        s.dueDate(),
        s.purchaseOrder(),
        s.customerId(),
        s.vendor(),
        s.customer(),
        s.currency(),
        s.currencyAsCode(),
        s.datePattern(),
        s.items(),
        s.totals(),
        s.payment(),
        labels,
        s.inconsistency(),
        s.shipTo());
  }

  private Invoice render(InvoiceRenderer renderer, InvoiceSpec spec, String designId, String name)
      throws Exception {
    InvoiceRenderer.Rendered r = renderer.render(spec, Designs.byId(designId), name);
    Path pdf = dir.resolve(name + ".pdf");
    Files.write(pdf, r.pdf());
    return new Invoice(pdf, InductionEvaluation.values(r.truth()));
  }

  /**
   * Runs the loop. Fields below {@code threshold} and printed fields the extractor missed become
   * tasks; the reviewer accepts a proposal that matches the truth and otherwise types the truth
   * (empty when the field is not printed).
   */
  Run run(Invoice one, Invoice two, double threshold) throws Exception {
    Path templates = dir.resolve("templates");
    Path truth = dir.resolve("reviewed-truth");
    try (DocumentProcessor generic = processor(List.of());
        ReviewQueue queue = ReviewQueue.open(ReviewDatabase.h2(dir.resolve("review-queue")))) {
      ProcessingResult first = generic.process(DocumentSource.of(one.pdf()));
      Router router = new Router(FieldThresholds.uniform(threshold), one.truth().keySet());
      RoutingDecision d = router.route("vendor-invoice-1", first, one.pdf().toString());
      queue.enqueueAll(d.review());
      Optional<ReviewTask> task;
      while ((task = queue.claimNext("ana", Duration.ofMinutes(5))).isPresent()) {
        ReviewTask t = task.get();
        String want = one.truth().getOrDefault(t.field(), "");
        String proposed = t.task().proposedValue();
        if (!proposed.isEmpty() && FieldComparison.matches(t.field().type(), want, proposed)) {
          queue.accept(t.id(), "ana");
        } else {
          queue.correct(t.id(), "ana", want);
        }
      }
      FeedbackReport feedback =
          new ReviewFeedback(generic).apply(queue, templates, Optional.of(truth));
      ProcessingResult before = generic.process(DocumentSource.of(two.pdf()));
      try (DocumentProcessor withTemplates =
          processor(List.of(TemplateExtractorProvider.fromDirectory(templates)))) {
        ProcessingResult after = withTemplates.process(DocumentSource.of(two.pdf()));
        return new Run(one, two, first, queue.resolved(), feedback, before, after);
      }
    }
  }

  /** Text layer only, no layout model; the templates given, then the generic extractor. */
  static DocumentProcessor processor(List<TemplateExtractorProvider> templates) {
    var b = DocumentProcessor.builder().ocrMode(OcrMode.OFF).noLayout();
    if (!templates.isEmpty()) {
      List<dev.recto.core.spi.FieldExtractorProvider> providers =
          new java.util.ArrayList<>(templates);
      providers.add(new GenericExtractorProvider());
      b.extractorProviders(providers);
    }
    return b.build();
  }

  /** The fields of {@code result} that equal the truth. */
  static Map<FieldKey, ExtractedField> right(ProcessingResult result, Map<FieldKey, String> truth) {
    Map<FieldKey, ExtractedField> out = new EnumMap<>(FieldKey.class);
    truth.forEach(
        (k, v) ->
            result
                .invoice()
                .get(k)
                .filter(f -> FieldComparison.matches(k.type(), v, f.value()))
                .ifPresent(f -> out.put(k, f)));
    return out;
  }
}
