package dev.recto.samples.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.extraction.eval.FieldComparison;
import dev.recto.extraction.eval.FieldTruth;
import dev.recto.extraction.eval.FieldTruthReader;
import dev.recto.review.ReviewTask;
import dev.recto.review.feedback.InducedTemplate;
import dev.recto.review.feedback.ReviewFeedback;
import dev.recto.samples.synth.Label;
import dev.recto.templates.recto.TemplateExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feedback loop end to end (issue 7): extract → route → a reviewer corrects → induce → the
 * vendor's next invoice extracts right, with higher confidence.
 *
 * <p>The vendor: design d01-classic in en-US from the synthetic generator, wording four labels in
 * its own way ("Voucher" for the invoice number, "Settle by" for the due date, "Mandate" for the
 * order number, "Patron code" for the customer number), words the generic extractor's lexicon does
 * not know, so the generic extractor misses those fields on the vendor's invoices. Invoice 2 is the
 * same vendor (party, labels, bank) with another number, dates, customer and items. Every expected
 * value comes from the generator's truth.
 */
class FeedbackLoopTest {

  private static final Map<Label, String> VENDOR_WORDING =
      Map.of(
          Label.INVOICE_NUMBER, "Voucher",
          Label.DUE_DATE, "Settle by",
          Label.PURCHASE_ORDER, "Mandate",
          Label.CUSTOMER_NUMBER, "Patron code");

  /** {@code recto review}'s default threshold. */
  private static final double THRESHOLD = 0.95;

  @TempDir Path dir;

  @Test
  void reviewedCorrectionsBecomeATemplateThatGetsTheVendorsNextInvoiceRight() throws Exception {
    FeedbackLoop loop = new FeedbackLoop(dir);
    List<FeedbackLoop.Invoice> invoices = loop.invoices("d01-classic", "en-US", 7, VENDOR_WORDING);
    FeedbackLoop.Invoice one = invoices.get(0);
    FeedbackLoop.Invoice two = invoices.get(1);
    FeedbackLoop.Run run = loop.run(one, two, THRESHOLD);

    // The reviewer's work: every task resolved to the truth; some proposals were wrong or missing.
    assertThat(run.resolved()).isNotEmpty();
    Set<FieldKey> corrected = EnumSet.noneOf(FieldKey.class);
    for (ReviewTask t : run.resolved()) {
      assertThat(t.finalValue()).isEqualTo(one.truth().getOrDefault(t.field(), ""));
      if (t.resolution() == ReviewTask.Resolution.CORRECTED && !t.finalValue().isEmpty()) {
        corrected.add(t.field());
      }
    }
    assertThat(corrected)
        .as("the generic extractor got some of the vendor's fields wrong or missed them")
        .isNotEmpty();

    // Feedback: one template for the vendor, with a rule for each corrected field.
    assertThat(run.feedback().skipped()).isEmpty();
    assertThat(run.feedback().templates()).hasSize(1);
    InducedTemplate template = run.feedback().templates().get(0);
    String vendor = one.truth().get(FieldKey.VENDOR_NAME);
    assertThat(template.templateName())
        .as("named after the vendor")
        .isEqualTo(
            ReviewFeedback.NAME_PREFIX
                + vendor
                    .toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", ""));
    assertThat(template.file()).exists();
    assertThat(template.rules()).containsAll(corrected);

    // Invoice 2 of the vendor: the corrected fields are now right, with higher confidence than
    // invoice 1's first pass gave them (0 for a field it missed), and come from the template.
    Set<FieldKey> checked = EnumSet.noneOf(FieldKey.class);
    for (FieldKey key : corrected) {
      String want = two.truth().get(key);
      if (want == null) {
        continue; // not printed on invoice 2
      }
      ExtractedField after =
          run.after()
              .invoice()
              .get(key)
              .orElseThrow(() -> new AssertionError(key + " not extracted"));
      assertThat(FieldComparison.matches(key.type(), want, after.value()))
          .as("%s: '%s' on invoice 2, truth '%s'", key, after.value(), want)
          .isTrue();
      double firstPass = run.first().invoice().get(key).map(ExtractedField::confidence).orElse(0.0);
      assertThat(after.confidence()).as("%s confidence", key).isGreaterThan(firstPass);
      assertThat(after.extractorId())
          .isEqualTo(TemplateExtractor.ID + ":" + template.templateName());
      checked.add(key);
      System.out.printf(
          "feedback loop: %s confidence %.4f on invoice 1 (first pass) -> %.4f on invoice 2%n",
          key.jsonName(), firstPass, after.confidence());
    }
    assertThat(checked).as("corrected fields printed on invoice 2").isNotEmpty();

    // Nothing the generic extractor got right on invoice 2 is lost, and more is right.
    Map<FieldKey, ExtractedField> rightBefore = FeedbackLoop.right(run.before(), two.truth());
    Map<FieldKey, ExtractedField> rightAfter = FeedbackLoop.right(run.after(), two.truth());
    assertThat(rightAfter.keySet()).containsAll(rightBefore.keySet());
    assertThat(rightAfter.size()).isGreaterThan(rightBefore.size());

    // Recalibration data: the reviewed values as partial truth beside the queue's export.
    assertThat(run.feedback().truthFiles()).hasSize(1);
    FieldTruth truth = FieldTruthReader.read(run.feedback().truthFiles().get(0));
    assertThat(truth.exhaustive()).isFalse();
    for (ReviewTask t : run.resolved()) {
      if (!t.finalValue().isEmpty()) {
        assertThat(truth.fields()).containsEntry(t.field(), t.finalValue());
      }
    }
    for (Map.Entry<FieldKey, String> e : two.truth().entrySet()) {
      if (!rightAfter.containsKey(e.getKey())) {
        System.out.printf(
            "feedback loop: invoice 2 %s not right after feedback: truth '%s', got %s;"
                + " on invoice 1: truth '%s', first pass %s%n",
            e.getKey().jsonName(),
            e.getValue(),
            run.after()
                .invoice()
                .get(e.getKey())
                .map(f -> "'" + f.value() + "' from " + f.extractorId())
                .orElse(null),
            one.truth().get(e.getKey()),
            run.first()
                .invoice()
                .get(e.getKey())
                .map(f -> String.format("'%s' at %.4f", f.value(), f.confidence()))
                .orElse(null));
      }
    }
    System.out.printf(
        "feedback loop: invoice 2 fields right %d -> %d of %d printed; corrected on invoice 1: %s;"
            + " template %s (%s)%n",
        rightBefore.size(),
        rightAfter.size(),
        two.truth().size(),
        corrected,
        template.templateName(),
        Files.readString(template.file()).lines().count() + " lines");
  }
}
