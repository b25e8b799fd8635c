package dev.recto.samples.synth;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The facts of one synthetic invoice, and the printed wording chosen for them; what {@link
 * InvoiceRenderer} draws and the truth file reports. Built by {@link InvoiceGenerator}.
 *
 * <p>Immutable and thread-safe. Amounts are {@link java.math.BigDecimal}s with two decimals in
 * {@link #currency()}.
 *
 * @param locale the locale
 * @param invoiceId invoice number as printed
 * @param invoiceDate issue date
 * @param dueDate payment due date
 * @param purchaseOrder purchase order number, or null when none is printed
 * @param customerId customer number as printed
 * @param vendor the seller
 * @param customer the buyer (also the billing address)
 * @param currency ISO 4217 code
 * @param currencyAsCode true when amounts carry the code ({@code EUR}), false for the symbol
 * @param datePattern how dates are printed
 * @param items line items, at least one, in print order
 * @param totals the totals block
 * @param payment payment details
 * @param labels the chosen label text per {@link Label}
 * @param inconsistency null for an invoice that adds up, else what is deliberately wrong
 * @param shipTo the delivery address, printed only by designs with a ship-to block (the customer's
 *     name with a second address)
 */
public record InvoiceSpec(
    SynthLocale locale,
    String invoiceId,
    LocalDate invoiceDate,
    LocalDate dueDate,
    String purchaseOrder,
    String customerId,
    Party vendor,
    Party customer,
    String currency,
    boolean currencyAsCode,
    DatePattern datePattern,
    List<LineItemSpec> items,
    Totals totals,
    PaymentDetails payment,
    Map<Label, String> labels,
    Inconsistency inconsistency,
    Party shipTo) {

  public InvoiceSpec {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(invoiceDate, "invoiceDate");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(datePattern, "datePattern");
    Objects.requireNonNull(totals, "totals");
    Objects.requireNonNull(payment, "payment");
    Objects.requireNonNull(shipTo, "shipTo");
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("an invoice needs at least one line item");
    }
    if (dueDate.isBefore(invoiceDate)) {
      throw new IllegalArgumentException("due date before invoice date");
    }
    EnumMap<Label, String> copy = new EnumMap<>(Label.class);
    for (Label l : Label.values()) {
      copy.put(l, Objects.requireNonNull(labels.get(l), () -> "no text for label " + l));
    }
    labels = Collections.unmodifiableMap(copy);
  }

  /** The printed text of a label. */
  public String label(Label label) {
    return labels.get(label);
  }

  /** True when this invoice is flagged as deliberately not adding up. */
  public boolean inconsistent() {
    return inconsistency != null;
  }
}
