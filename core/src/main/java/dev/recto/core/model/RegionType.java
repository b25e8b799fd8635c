package dev.recto.core.model;

/** The classes of layout regions Recto knows on a business document page. */
public enum RegionType {
  TITLE,
  VENDOR_BLOCK,
  CUSTOMER_BLOCK,
  KEY_VALUE_GROUP,
  TABLE,
  TOTALS_BLOCK,
  PAYMENT_DETAILS,
  TEXT,
  PAGE_HEADER,
  PAGE_FOOTER,
  FIGURE
}
