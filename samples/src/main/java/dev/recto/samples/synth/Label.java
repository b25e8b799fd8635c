package dev.recto.samples.synth;

/**
 * The printed labels of a synthetic invoice. Each locale file holds, per label, one or more
 * alternatives (its vocabulary); an invoice picks one alternative per label.
 */
public enum Label {
  TITLE("title"),
  INVOICE_NUMBER("invoiceNumber"),
  INVOICE_DATE("invoiceDate"),
  DUE_DATE("dueDate"),
  PURCHASE_ORDER("purchaseOrder"),
  CUSTOMER_NUMBER("customerNumber"),
  BILL_TO("billTo"),
  VENDOR_TAX_ID("vendorTaxId"),
  CUSTOMER_TAX_ID("customerTaxId"),
  DESCRIPTION("description"),
  PRODUCT_CODE("productCode"),
  QUANTITY("quantity"),
  UNIT("unit"),
  UNIT_PRICE("unitPrice"),
  TAX_RATE("taxRate"),
  AMOUNT("amount"),
  SUBTOTAL("subtotal"),
  DISCOUNT("discount"),
  TAX("tax"),
  TOTAL("total"),
  AMOUNT_DUE("amountDue"),
  PAYMENT_DETAILS("paymentDetails"),
  BANK("bank"),
  IBAN("iban"),
  BIC("bic"),
  ROUTING("routing"),
  ACCOUNT("account"),
  PAYMENT_TERMS("paymentTerms"),
  PAGE("page"),
  THANKS("thanks"),
  CONTINUED("continued"),
  SHIP_TO("shipTo", true),
  NOTES("notes", true),
  NOTE("note", true),
  STAMP_PAID("stampPaid", true),
  STAMP_COPY("stampCopy", true);

  private final String key;
  private final boolean late;

  Label(String key) {
    this(key, false);
  }

  Label(String key, boolean late) {
    this.key = key;
    this.late = late;
  }

  /**
   * True for labels added after the first corpus: an invoice picks their wording after all its
   * other facts, so that adding them left every earlier invoice's facts unchanged.
   */
  public boolean late() {
    return late;
  }

  /** The key in the locale file, without the {@code label.} prefix. */
  public String key() {
    return key;
  }
}
