package dev.recto.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import dev.recto.extraction.check.CheckOutcome;
import dev.recto.extraction.check.CheckReport;
import dev.recto.extraction.check.CrossChecker;
import dev.recto.extraction.check.Verdict;
import dev.recto.samples.synth.FontLibrary;
import dev.recto.samples.synth.Inconsistency;
import dev.recto.samples.synth.InvoiceGenerator;
import dev.recto.samples.synth.InvoiceRenderer;
import dev.recto.samples.synth.InvoiceSpec;
import dev.recto.samples.synth.SynthCorpus;
import dev.recto.samples.synth.Truth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The cross-checks against the synthetic corpus's truth: every invoice that adds up passes every
 * applicable check, and every deliberately inconsistent one is reported by the check for the
 * relation it breaks. Seed 2026's first 300 invoices hold 288 consistent ones and 12 inconsistent
 * ones (2 line amounts, 4 taxes, 6 totals). The generator's offsets are 0.01 to 19.99; an offset of
 * exactly 0.01 lies within the checks' tolerance and would not be reported (none occurs here).
 */
class SynthTruthCrossCheckTest {

  private static final long SEED = 2026;
  private static final int COUNT = 300;

  private static final InvoiceGenerator GENERATOR = new InvoiceGenerator();
  private static final FontLibrary FONTS = new FontLibrary();
  private static final InvoiceRenderer RENDERER = new InvoiceRenderer(FONTS);
  private static final CrossChecker CHECKER = new CrossChecker();

  /**
   * The checks whose inputs every synthetic truth holds (line tax is not printed, so {@value
   * CrossChecker#LINE_TAX} is not applicable).
   */
  private static final List<String> APPLICABLE_ON_TRUTH =
      List.of(
          CrossChecker.LINE_AMOUNT,
          CrossChecker.LINE_SUM,
          CrossChecker.TAX_RATE,
          CrossChecker.TOTAL,
          CrossChecker.AMOUNT_DUE,
          CrossChecker.DUE_DATE);

  @AfterAll
  static void closeFonts() {
    FONTS.close();
  }

  @Test
  void consistentInvoicesPassAndInconsistentOnesAreReported() {
    int consistent = 0;
    int inconsistent = 0;
    List<String> problems = new ArrayList<>();
    Map<Inconsistency.Kind, Integer> kinds = new EnumMap<>(Inconsistency.Kind.class);
    for (int i = 0; i < COUNT; i++) {
      InvoiceSpec spec = GENERATOR.generate(SEED, i);
      Truth truth = RENDERER.render(spec, SynthCorpus.design(SEED, i), SynthCorpus.name(i)).truth();
      CheckReport report = CHECKER.check(fields(truth));
      if (truth.inconsistency() == null) {
        consistent++;
        for (CheckOutcome o : report.failures()) {
          problems.add(truth.name() + " consistent but " + o.checkId() + ": " + o.detail());
        }
        for (String id : APPLICABLE_ON_TRUTH) {
          if (report.outcome(id).orElseThrow().verdict() != Verdict.PASSED) {
            problems.add(truth.name() + " consistent but " + id + " did not pass");
          }
        }
      } else {
        inconsistent++;
        kinds.merge(truth.inconsistency().kind(), 1, Integer::sum);
        String expected = expectedCheck(truth.inconsistency().kind());
        CheckOutcome o = report.outcome(expected).orElseThrow();
        if (!report.anyFailed() || o.verdict() != Verdict.FAILED) {
          problems.add(
              truth.name()
                  + " "
                  + truth.inconsistency()
                  + " not reported by "
                  + expected
                  + ": "
                  + o.detail());
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(consistent).isGreaterThan(250);
    assertThat(inconsistent).as("the seed must hold inconsistent invoices").isGreaterThan(2);
    assertThat(kinds).as("every kind of inconsistency occurs").hasSize(3);
  }

  /** The check that catches each kind of deliberate inconsistency. */
  private static String expectedCheck(Inconsistency.Kind kind) {
    return switch (kind) {
      case LINE_AMOUNT -> CrossChecker.LINE_AMOUNT;
      case TAX_AMOUNT -> CrossChecker.TAX_RATE;
      case TOTAL -> CrossChecker.TOTAL;
    };
  }

  /** The truth's normalized values as extracted fields, each with the truth's page and box. */
  static InvoiceFields fields(Truth truth) {
    Map<FieldKey, ExtractedField> fields = new EnumMap<>(FieldKey.class);
    truth.fields().forEach((key, t) -> field(t).ifPresent(f -> fields.put(key, f)));
    List<LineItem> lines = new ArrayList<>();
    for (Truth.LineItemTruth line : truth.lineItems()) {
      Map<LineItemKey, ExtractedField> cells = new EnumMap<>(LineItemKey.class);
      line.cells().forEach((key, t) -> field(t).ifPresent(f -> cells.put(key, f)));
      lines.add(new LineItem(cells));
    }
    return new InvoiceFields(fields, lines);
  }

  private static java.util.Optional<ExtractedField> field(Truth.FieldTruth t) {
    if (t.value() == null) {
      return java.util.Optional.empty();
    }
    Provenance where =
        new Provenance(
            Math.max(0, t.page()),
            t.box() != null ? t.box() : BoundingBox.PAGE,
            "synth-truth",
            "synth",
            "1");
    String currency =
        t.currency() != null && t.currency().matches("[A-Z]{3}") ? t.currency() : null;
    return java.util.Optional.of(
        new ExtractedField(
            t.value(),
            currency,
            t.raw() != null ? t.raw() : t.value(),
            1.0,
            1.0,
            List.of(where),
            "synth-truth"));
  }
}
