package dev.recto.samples.feedback;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.extraction.eval.FieldComparison;
import dev.recto.review.ReviewTask;
import dev.recto.samples.synth.Designs;
import dev.recto.samples.synth.Label;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The feedback loop of {@link FeedbackLoopTest} over the first N designs (en-US, seed 7 + design
 * index, the same vendor wording), printing per design the fields right on invoice 2 before and
 * after, and each corrected field's value and confidence on invoice 2. A measurement, not a check:
 * it runs only with {@code -Dfeedback.scan=N} and asserts nothing.
 *
 * <pre>
 * mvn -B -o -pl core,ocr,extraction,templates,review,samples verify -Dtest=FeedbackLoopScanTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dfeedback.scan=12
 * </pre>
 */
class FeedbackLoopScanTest {

  private static final Map<Label, String> VENDOR_WORDING =
      Map.of(
          Label.INVOICE_NUMBER, "Voucher",
          Label.DUE_DATE, "Settle by",
          Label.PURCHASE_ORDER, "Mandate",
          Label.CUSTOMER_NUMBER, "Patron code");

  @Test
  void scan() throws Exception {
    int n = Integer.getInteger("feedback.scan", 0);
    assumeTrue(n > 0, "a measurement: run with -Dfeedback.scan=N (designs)");
    int before = 0;
    int after = 0;
    int printed = 0;
    int fixed = 0;
    int correctedOnTwo = 0;
    int lost = 0;
    StringBuilder out = new StringBuilder();
    out.append("| design | tasks | corrected | invoice 2 right before | after | printed |\n");
    out.append("|---|---:|---:|---:|---:|---:|\n");
    List<String> notes = new java.util.ArrayList<>();
    for (int i = 0; i < Math.min(n, Designs.all().size()); i++) {
      String design = Designs.all().get(i).id();
      Path dir = Files.createTempDirectory("feedback-scan");
      FeedbackLoop loop = new FeedbackLoop(dir);
      List<FeedbackLoop.Invoice> inv = loop.invoices(design, "en-US", 7 + i, VENDOR_WORDING);
      FeedbackLoop.Run run = loop.run(inv.get(0), inv.get(1), 0.95);
      Map<FieldKey, String> two = inv.get(1).truth();
      int b = FeedbackLoop.right(run.before(), two).size();
      Map<FieldKey, ExtractedField> rightBefore = FeedbackLoop.right(run.before(), two);
      Map<FieldKey, ExtractedField> rightAfter = FeedbackLoop.right(run.after(), two);
      int a = rightAfter.size();
      for (FieldKey k : rightBefore.keySet()) {
        if (!rightAfter.containsKey(k)) {
          lost++;
          ExtractedField f = run.after().invoice().get(k).orElse(null);
          notes.add(
              String.format(
                  Locale.ROOT,
                  "lost %s %s: '%s' (%s), truth '%s'",
                  design,
                  k.jsonName(),
                  f == null ? null : f.value(),
                  f == null ? "-" : f.extractorId(),
                  two.get(k)));
        }
      }
      int corrected = 0;
      for (ReviewTask t : run.resolved()) {
        if (t.resolution() != ReviewTask.Resolution.CORRECTED || t.finalValue().isEmpty()) {
          continue;
        }
        corrected++;
        String want = two.get(t.field());
        if (want == null) {
          continue;
        }
        correctedOnTwo++;
        ExtractedField f = run.after().invoice().get(t.field()).orElse(null);
        boolean right = f != null && FieldComparison.matches(t.field().type(), want, f.value());
        if (right) {
          fixed++;
        } else {
          notes.add(
              String.format(
                  Locale.ROOT,
                  "not fixed %s %s: '%s' (%s, %.4f), truth '%s'",
                  design,
                  t.field().jsonName(),
                  f == null ? null : f.value(),
                  f == null ? "-" : f.extractorId(),
                  f == null ? 0 : f.confidence(),
                  want));
        }
      }
      before += b;
      after += a;
      printed += two.size();
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %d | %d | %d |%n",
              design,
              run.resolved().size(),
              corrected,
              b,
              a,
              two.size()));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "| **all** | | | **%d** | **%d** | %d |%n"
                + "corrected fields printed on invoice 2: %d, right after feedback: %d;"
                + " right before but not after: %d%n",
            before,
            after,
            printed,
            correctedOnTwo,
            fixed,
            lost));
    notes.forEach(s -> out.append(s).append('\n'));
    System.out.print(out);
  }
}
