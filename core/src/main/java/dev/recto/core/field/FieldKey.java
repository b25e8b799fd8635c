package dev.recto.core.field;

import java.util.Arrays;
import java.util.Optional;

/**
 * The document-level invoice fields, named as in Azure AI Document Intelligence's prebuilt invoice
 * model so that results map one to one.
 */
public enum FieldKey {
  INVOICE_ID("InvoiceId", FieldType.IDENTIFIER),
  INVOICE_DATE("InvoiceDate", FieldType.DATE),
  DUE_DATE("DueDate", FieldType.DATE),
  PURCHASE_ORDER("PurchaseOrder", FieldType.IDENTIFIER),
  VENDOR_NAME("VendorName", FieldType.TEXT),
  VENDOR_ADDRESS("VendorAddress", FieldType.ADDRESS),
  VENDOR_TAX_ID("VendorTaxId", FieldType.IDENTIFIER),
  CUSTOMER_NAME("CustomerName", FieldType.TEXT),
  CUSTOMER_ADDRESS("CustomerAddress", FieldType.ADDRESS),
  CUSTOMER_TAX_ID("CustomerTaxId", FieldType.IDENTIFIER),
  CUSTOMER_ID("CustomerId", FieldType.IDENTIFIER),
  BILLING_ADDRESS("BillingAddress", FieldType.ADDRESS),
  SHIPPING_ADDRESS("ShippingAddress", FieldType.ADDRESS),
  SUB_TOTAL("SubTotal", FieldType.MONEY),
  TOTAL_DISCOUNT("TotalDiscount", FieldType.MONEY),
  TOTAL_TAX("TotalTax", FieldType.MONEY),
  INVOICE_TOTAL("InvoiceTotal", FieldType.MONEY),
  AMOUNT_DUE("AmountDue", FieldType.MONEY),
  CURRENCY("Currency", FieldType.CURRENCY_CODE),
  PAYMENT_TERM("PaymentTerm", FieldType.TEXT),
  SERVICE_START_DATE("ServiceStartDate", FieldType.DATE),
  SERVICE_END_DATE("ServiceEndDate", FieldType.DATE),
  IBAN("IBAN", FieldType.IDENTIFIER),
  SWIFT("SWIFT", FieldType.IDENTIFIER);

  private final String jsonName;
  private final FieldType type;

  FieldKey(String jsonName, FieldType type) {
    this.jsonName = jsonName;
    this.type = type;
  }

  /** The name used in JSON output and templates, e.g. {@code InvoiceTotal}. */
  public String jsonName() {
    return jsonName;
  }

  public FieldType type() {
    return type;
  }

  /** The key with this JSON name, matched exactly. */
  public static Optional<FieldKey> fromJsonName(String name) {
    return Arrays.stream(values()).filter(k -> k.jsonName.equals(name)).findFirst();
  }
}
