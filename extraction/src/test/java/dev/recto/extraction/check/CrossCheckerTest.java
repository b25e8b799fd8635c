package dev.recto.extraction.check;

import static dev.recto.core.field.FieldKey.AMOUNT_DUE;
import static dev.recto.core.field.FieldKey.DUE_DATE;
import static dev.recto.core.field.FieldKey.INVOICE_DATE;
import static dev.recto.core.field.FieldKey.INVOICE_TOTAL;
import static dev.recto.core.field.FieldKey.SUB_TOTAL;
import static dev.recto.core.field.FieldKey.TOTAL_DISCOUNT;
import static dev.recto.core.field.FieldKey.TOTAL_TAX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossCheckerTest {

  private static final Provenance PROVENANCE =
      new Provenance(0, BoundingBox.PAGE, "test", "test", "1");
  private static final CrossChecker CHECKER = new CrossChecker();

  private static ExtractedField f(String value) {
    return new ExtractedField(value, null, value, 1.0, 1.0, List.of(PROVENANCE), "test");
  }

  /** A line from "quantity price rate amount [tax]"; "-" leaves a column out. */
  private static LineItem line(String spec) {
    String[] p = spec.trim().split("\\s+");
    LineItemKey[] keys = {
      LineItemKey.QUANTITY,
      LineItemKey.UNIT_PRICE,
      LineItemKey.TAX_RATE,
      LineItemKey.AMOUNT,
      LineItemKey.TAX
    };
    Map<LineItemKey, ExtractedField> cells = new EnumMap<>(LineItemKey.class);
    for (int i = 0; i < p.length; i++) {
      if (!p[i].equals("-")) {
        cells.put(keys[i], f(p[i]));
      }
    }
    return new LineItem(cells);
  }

  /** Fields from "Key=value" pairs and lines separated by '|'. */
  private static InvoiceFields invoice(String fields, String... lines) {
    Map<FieldKey, ExtractedField> map = new EnumMap<>(FieldKey.class);
    for (String pair : fields.trim().split("\\s+")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] kv = pair.split("=");
      map.put(FieldKey.fromJsonName(kv[0]).orElseThrow(), f(kv[1]));
    }
    List<LineItem> items = new ArrayList<>();
    for (String l : lines) {
      items.add(line(l));
    }
    return new InvoiceFields(map, items);
  }

  private static Verdict verdict(InvoiceFields fields, String checkId) {
    return CHECKER.check(fields).outcome(checkId).orElseThrow().verdict();
  }

  @Test
  void consistentInvoicePassesEverything() {
    InvoiceFields inv =
        invoice(
            "SubTotal=150.00 TotalTax=24.50 InvoiceTotal=174.50 AmountDue=174.50"
                + " InvoiceDate=2024-03-05 DueDate=2024-04-04",
            "2 50.00 0.19 100.00 19.00",
            "1 50.00 0.11 50.00 5.50");
    CheckReport report = CHECKER.check(inv);
    assertThat(report.outcomes()).hasSize(7);
    assertThat(report.outcomes()).allMatch(o -> o.verdict() == Verdict.PASSED, "all passed");
    assertThat(report.anyFailed()).isFalse();
    assertThat(report.failures()).isEmpty();
  }

  @Test
  void emptyInvoiceIsNotApplicableEverywhere() {
    CheckReport report = CHECKER.check(InvoiceFields.EMPTY);
    assertThat(report.outcomes()).allMatch(o -> o.verdict() == Verdict.NOT_APPLICABLE);
    assertThat(report.anyFailed()).isFalse();
  }

  @ParameterizedTest(name = "{0}: {1} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // check id | fields | lines (';'-separated) | verdict
        "line-sum | SubTotal=150.00 | 2 50.00 0.19 100.00;1 50.00 0.19 50.00 | PASSED",
        "line-sum | SubTotal=150.01 | 2 50.00 0.19 100.00;1 50.00 0.19 50.00 | PASSED",
        "line-sum | SubTotal=150.02 | 2 50.00 0.19 100.00;1 50.00 0.19 50.00 | FAILED",
        "line-sum | SubTotal=149.00 | 2 50.00 0.19 100.00;1 50.00 0.19 50.00 | FAILED",
        "line-sum | SubTotal=150.00 | 2 50.00 0.19 100.00;1 50.00 0.19 -     | NOT_APPLICABLE",
        "line-sum | TotalTax=1.00   | 2 50.00 0.19 100.00                   | NOT_APPLICABLE",
        "line-sum | SubTotal=abc    | 2 50.00 0.19 100.00                   | NOT_APPLICABLE",
        "line-amount | SubTotal=1   | 2 50.00 0.19 100.00;3 0.333 0.19 1.00 | PASSED",
        "line-amount | SubTotal=1   | 2 50.00 0.19 100.37                   | FAILED",
        "line-amount | SubTotal=1   | - 50.00 0.19 100.37                   | NOT_APPLICABLE",
        "line-amount | SubTotal=1   | 1.5 10.00 0.19 15.00                  | PASSED",
        "line-tax | SubTotal=1      | 2 50.00 0.19 100.00 19.00             | PASSED",
        "line-tax | SubTotal=1      | 2 50.00 0.19 100.00 19.10             | FAILED",
        "line-tax | SubTotal=1      | 2 50.00 0.19 100.00                   | NOT_APPLICABLE",
        "tax-rate | TotalTax=24.50  | 2 50.00 0.19 100.00;1 50.00 0.11 50.00 | PASSED",
        "tax-rate | TotalTax=24.51  | 2 50.00 0.19 100.00;1 50.00 0.11 50.00 | PASSED",
        "tax-rate | TotalTax=24.55  | 2 50.00 0.19 100.00;1 50.00 0.11 50.00 | FAILED",
        "tax-rate | TotalTax=19.00  | 2 50.00 0.19 100.00;1 50.00 - 50.00    | NOT_APPLICABLE",
        "tax-rate | SubTotal=150.00 | 2 50.00 0.19 100.00                   | NOT_APPLICABLE",
        "tax-rate | SubTotal=100.00 TotalDiscount=10.00 TotalTax=17.10 | 2 50.00 0.19 100.00 | PASSED",
        "tax-rate | SubTotal=100.00 TotalDiscount=10.00 TotalTax=19.00 | 2 50.00 0.19 100.00 | FAILED",
        "tax-rate | TotalTax=0.03   | 1 0.10 0.07 0.10;1 0.10 0.19 0.10     | PASSED",
      })
  void lineChecks(String checkId, String fields, String lines, Verdict expected) {
    assertThat(verdict(invoice(fields, lines.split(";")), checkId)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SubTotal=100.00 TotalTax=19.00 InvoiceTotal=119.00                     | PASSED",
        "SubTotal=100.00 TotalTax=19.00 InvoiceTotal=119.01                     | PASSED",
        "SubTotal=100.00 TotalTax=19.00 InvoiceTotal=119.02                     | FAILED",
        "SubTotal=100.00 TotalTax=19.00 InvoiceTotal=120.00                     | FAILED",
        "SubTotal=100.00 InvoiceTotal=100.00                                    | PASSED",
        "SubTotal=100.00 InvoiceTotal=119.00                                    | FAILED",
        "SubTotal=100.00 TotalDiscount=10.00 TotalTax=17.10 InvoiceTotal=107.10 | PASSED",
        "SubTotal=100.00 TotalDiscount=-10.00 TotalTax=17.10 InvoiceTotal=107.10 | PASSED",
        "SubTotal=90.00 TotalDiscount=10.00 TotalTax=17.10 InvoiceTotal=107.10  | PASSED",
        "SubTotal=100.00 TotalDiscount=10.00 TotalTax=17.10 InvoiceTotal=110.00 | FAILED",
        "SubTotal=-100.00 TotalTax=-19.00 InvoiceTotal=-119.00                  | PASSED",
        "TotalTax=19.00 InvoiceTotal=119.00                                     | NOT_APPLICABLE",
        "SubTotal=100.00 TotalTax=19.00                                         | NOT_APPLICABLE",
      })
  void totalCheck(String fields, Verdict expected) {
    assertThat(verdict(invoice(fields), CrossChecker.TOTAL)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "AmountDue=119.00 InvoiceTotal=119.00   | PASSED",
        "AmountDue=19.00 InvoiceTotal=119.00    | PASSED",
        "AmountDue=0.00 InvoiceTotal=119.00     | PASSED",
        "AmountDue=119.01 InvoiceTotal=119.00   | PASSED",
        "AmountDue=119.02 InvoiceTotal=119.00   | FAILED",
        "AmountDue=-50.00 InvoiceTotal=-119.00  | PASSED",
        "AmountDue=-150.00 InvoiceTotal=-119.00 | FAILED",
        "AmountDue=119.00                       | NOT_APPLICABLE",
        "InvoiceDate=2024-03-05 DueDate=2024-03-05 | PASSED",
      })
  void amountDueCheck(String fields, Verdict expected) {
    assertThat(verdict(invoice(fields), CrossChecker.AMOUNT_DUE))
        .isEqualTo(fields.contains("AmountDue") ? expected : Verdict.NOT_APPLICABLE);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "InvoiceDate=2024-03-05 DueDate=2024-04-04 | PASSED",
        "InvoiceDate=2024-03-05 DueDate=2024-03-05 | PASSED",
        "InvoiceDate=2024-03-05 DueDate=2024-03-04 | FAILED",
        "InvoiceDate=2024-03-05 DueDate=05.04.2024 | NOT_APPLICABLE",
        "InvoiceDate=2024-03-05                    | NOT_APPLICABLE",
      })
  void dueDateCheck(String fields, Verdict expected) {
    assertThat(verdict(invoice(fields), CrossChecker.DUE_DATE)).isEqualTo(expected);
  }

  @Test
  void outcomesNameTheFieldsTheyTouch() {
    InvoiceFields inv =
        invoice(
            "SubTotal=100.00 TotalTax=19.00 InvoiceTotal=120.00 AmountDue=120.00",
            "1 100.00 0.19 100.00");
    CheckReport report = CHECKER.check(inv);
    assertThat(report.anyFailed()).isTrue();
    assertThat(report.outcomesFor(INVOICE_TOTAL))
        .extracting(CheckOutcome::checkId, CheckOutcome::verdict)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CrossChecker.TOTAL, Verdict.FAILED),
            org.assertj.core.groups.Tuple.tuple(CrossChecker.AMOUNT_DUE, Verdict.PASSED));
    CheckOutcome total = report.outcome(CrossChecker.TOTAL).orElseThrow();
    assertThat(total.fields()).containsExactly(SUB_TOTAL, TOTAL_TAX, INVOICE_TOTAL);
    assertThat(total.lineItemColumns()).isEmpty();
    assertThat(total.detail()).contains("119.00").contains("120.00").contains("off by 1.00");
    assertThat(report.outcomesFor(LineItemKey.AMOUNT))
        .extracting(CheckOutcome::checkId)
        .containsExactly(
            CrossChecker.LINE_AMOUNT,
            CrossChecker.LINE_SUM,
            CrossChecker.LINE_TAX,
            CrossChecker.TAX_RATE);
    assertThat(report.outcomesFor(DUE_DATE))
        .extracting(CheckOutcome::verdict)
        .containsExactly(Verdict.NOT_APPLICABLE);
    // an absent field is not named by a check that ran without it
    assertThat(report.outcomesFor(TOTAL_DISCOUNT)).isEmpty();
  }

  @Test
  void discountInsideSubTotalIsSaid() {
    CheckOutcome o =
        CHECKER
            .check(invoice("SubTotal=90.00 TotalDiscount=10.00 TotalTax=17.10 InvoiceTotal=107.10"))
            .outcome(CrossChecker.TOTAL)
            .orElseThrow();
    assertThat(o.verdict()).isEqualTo(Verdict.PASSED);
    assertThat(o.detail()).contains("already inside SubTotal");
  }

  @Test
  void lineToleranceGrowsWithLineCount() {
    String[] lines = new String[40];
    java.util.Arrays.fill(lines, "1 1.00 0.19 1.00");
    assertThat(verdict(invoice("SubTotal=40.20", lines), CrossChecker.LINE_SUM))
        .isEqualTo(Verdict.PASSED);
    assertThat(verdict(invoice("SubTotal=40.21", lines), CrossChecker.LINE_SUM))
        .isEqualTo(Verdict.FAILED);
  }

  @Test
  void outcomeValidatesAndCopies() {
    assertThatThrownBy(() -> new CheckOutcome(" ", Verdict.PASSED, Set.of(), Set.of(), ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CheckOutcome("x", null, Set.of(), Set.of(), ""))
        .isInstanceOf(NullPointerException.class);
    Set<FieldKey> keys = new java.util.HashSet<>(Set.of(INVOICE_DATE));
    CheckOutcome o = new CheckOutcome("x", Verdict.PASSED, keys, Set.of(), "d");
    keys.add(AMOUNT_DUE);
    assertThat(o.fields()).containsExactly(INVOICE_DATE);
  }
}
