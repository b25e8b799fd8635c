package dev.recto.extraction.check;

import dev.recto.core.field.InvoiceFields;
import java.util.List;
import java.util.Objects;

/**
 * Tests whether an invoice's extracted fields agree with each other: line amounts, totals, taxes,
 * amount due and dates. Each check's outcome names the fields and line-item columns it touched, so
 * that a failed check can lower the confidence of exactly those fields.
 *
 * <p>The checks, by id:
 *
 * <ul>
 *   <li>{@value #LINE_AMOUNT}: {@code Quantity × UnitPrice = Amount} per line (tolerance 0.01 per
 *       line);
 *   <li>{@value #LINE_SUM}: {@code sum(line Amount) = SubTotal} (0.005 per line, at least 0.01);
 *   <li>{@value #LINE_TAX}: {@code TaxRate × Amount = Tax} per line that prints a tax (0.01);
 *   <li>{@value #TAX_RATE}: {@code TotalTax = Σ rate × base} with bases from the lines by TaxRate,
 *       reduced in proportion by a document discount (0.01 per rate);
 *   <li>{@value #TOTAL}: {@code SubTotal − TotalDiscount + TotalTax = InvoiceTotal}, absent
 *       discount or tax counting as zero, and passing too when {@code SubTotal + TotalTax =
 *       InvoiceTotal} (the discount already inside the SubTotal) (0.01);
 *   <li>{@value #AMOUNT_DUE}: {@code AmountDue ≤ InvoiceTotal} (0.01; magnitudes for credit notes);
 *   <li>{@value #DUE_DATE}: {@code DueDate ≥ InvoiceDate}.
 * </ul>
 *
 * Amounts agree when they differ by at most the tolerance, so a one-cent error is never reported. A
 * check whose inputs are missing or unreadable is {@link Verdict#NOT_APPLICABLE}. Values are read
 * in the normalized forms of {@link dev.recto.core.field.FieldType}; currencies are not compared.
 *
 * <p>Immutable and thread-safe; one instance can serve all threads.
 *
 * <pre>{@code
 * CheckReport report = new CrossChecker().check(fields);
 * if (report.anyFailed()) {
 *   report.outcomesFor(FieldKey.INVOICE_TOTAL); // what speaks against the total
 * }
 * }</pre>
 */
public final class CrossChecker {

  public static final String LINE_AMOUNT = "line-amount";
  public static final String LINE_SUM = "line-sum";
  public static final String LINE_TAX = "line-tax";
  public static final String TAX_RATE = "tax-rate";
  public static final String TOTAL = "total";
  public static final String AMOUNT_DUE = "amount-due";
  public static final String DUE_DATE = "due-date";

  private final List<InvoiceCheck> checks =
      List.of(
          LineProductCheck.lineAmount(),
          new LineSumCheck(),
          LineProductCheck.lineTax(),
          new TaxRateCheck(),
          new TotalCheck(),
          new AmountDueCheck(),
          new DueDateCheck());

  /** Runs every check; the report holds one outcome per check, in the order listed above. */
  public CheckReport check(InvoiceFields fields) {
    Objects.requireNonNull(fields, "fields");
    InvoiceValues values = new InvoiceValues(fields);
    return new CheckReport(checks.stream().map(c -> c.check(values)).toList());
  }
}
