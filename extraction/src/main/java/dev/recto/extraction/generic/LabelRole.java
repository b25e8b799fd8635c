package dev.recto.extraction.generic;

import dev.recto.core.field.FieldKey;
import java.util.Optional;

/**
 * What a printed label announces: a field's value, or a block (the customer's address, payment
 * details, contact lines) that other finders use as a landmark or a stop.
 */
enum LabelRole {
  TITLE(null),
  INVOICE_ID(FieldKey.INVOICE_ID),
  INVOICE_DATE(FieldKey.INVOICE_DATE),
  DUE_DATE(FieldKey.DUE_DATE),
  PURCHASE_ORDER(FieldKey.PURCHASE_ORDER),
  CUSTOMER_ID(FieldKey.CUSTOMER_ID),
  VENDOR_TAX_ID(FieldKey.VENDOR_TAX_ID),
  CUSTOMER_TAX_ID(FieldKey.CUSTOMER_TAX_ID),
  SUB_TOTAL(FieldKey.SUB_TOTAL),
  TOTAL_DISCOUNT(FieldKey.TOTAL_DISCOUNT),
  TOTAL_TAX(FieldKey.TOTAL_TAX),
  INVOICE_TOTAL(FieldKey.INVOICE_TOTAL),
  AMOUNT_DUE(FieldKey.AMOUNT_DUE),
  IBAN(FieldKey.IBAN),
  SWIFT(FieldKey.SWIFT),
  BILL_TO(null),
  SHIP_TO(null),
  CONTACT(null),
  BANK(null),
  /**
   * A count of lines or units ("Total Qty", "Total Items", "Anzahl Positionen"): announces no
   * field; found so that its "total" is not read as the invoice total's label.
   */
  COUNT(null),
  /**
   * A rounding adjustment ("Rounding Adj", "Rundung", "Arrondi"): announces no field; a page with
   * one may print its payable total rounded after the exact one, see {@link RoundedTotal}.
   */
  ROUNDING(null),
  /**
   * The amount a customer handed over ("Cash", "Tendered", "Bar gegeben", "Efectivo"): announces no
   * field; with a {@link #CHANGE} line under it, tells what was due ({@link TenderedChange}).
   */
  TENDERED(null),
  /** The change given back ("Change", "Rückgeld", "Cambio"): see {@link #TENDERED}. */
  CHANGE(null);

  private final FieldKey field;

  LabelRole(FieldKey field) {
    this.field = field;
  }

  /** The field whose value follows a label of this role, if the role announces one. */
  Optional<FieldKey> field() {
    return Optional.ofNullable(field);
  }
}
