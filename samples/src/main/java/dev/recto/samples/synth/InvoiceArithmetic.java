package dev.recto.samples.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that an invoice adds up: line amount = quantity x unit price, subtotal = sum of lines, tax
 * per rate = base x rate, the tax bases sum to subtotal - discount, total tax = sum of taxes, total
 * = subtotal - discount + total tax, amount due = total. All roundings are half-up to cents.
 *
 * <p>Stateless and thread-safe.
 */
public final class InvoiceArithmetic {

  private InvoiceArithmetic() {}

  /** Rounds half-up to cents. */
  public static BigDecimal cents(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }

  /** What does not add up, as readable messages; empty when everything holds. */
  public static List<String> violations(InvoiceSpec spec) {
    List<String> out = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < spec.items().size(); i++) {
      LineItemSpec item = spec.items().get(i);
      BigDecimal expected = cents(item.quantity().multiply(item.unitPrice()));
      if (expected.compareTo(item.amount()) != 0) {
        out.add("line " + (i + 1) + ": " + item.amount() + " != " + expected);
      }
      sum = sum.add(item.amount());
    }
    Totals t = spec.totals();
    check(out, "subtotal", t.subTotal(), sum);
    BigDecimal bases = BigDecimal.ZERO;
    BigDecimal taxes = BigDecimal.ZERO;
    for (TaxLine tax : t.taxes()) {
      check(out, "tax " + tax.rate(), tax.amount(), cents(tax.base().multiply(tax.rate())));
      bases = bases.add(tax.base());
      taxes = taxes.add(tax.amount());
    }
    check(out, "tax bases", bases, t.subTotal().subtract(t.discount()));
    check(out, "total tax", t.totalTax(), taxes);
    check(out, "total", t.total(), t.subTotal().subtract(t.discount()).add(t.totalTax()));
    check(out, "amount due", t.amountDue(), t.total());
    return out;
  }

  private static void check(List<String> out, String what, BigDecimal actual, BigDecimal expected) {
    if (actual.compareTo(expected) != 0) {
      out.add(what + ": " + actual + " != " + expected);
    }
  }
}
