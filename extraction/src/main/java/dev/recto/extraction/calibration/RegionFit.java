package dev.recto.extraction.calibration;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Page;
import dev.recto.core.model.Region;
import dev.recto.core.model.RegionType;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether a field's value lies in a layout region where that field is printed on invoices: the
 * vendor's name in the vendor block or page header, a total in the totals block, an IBAN in the
 * payment details or footer. A value found in the customer block for the vendor's tax id is
 * suspicious; one outside every region says nothing.
 */
public enum RegionFit {
  /** The value's centre is in a region of a type where the field belongs. */
  EXPECTED,
  /** The value's centre is only in regions of other types. */
  OTHER,
  /** The page has no region at the value's centre (or the field has no expected regions). */
  NONE;

  private static final Map<FieldKey, Set<RegionType>> EXPECTED_REGIONS = expectedRegions();

  /**
   * Where {@code box} on {@code page} lies for field {@code key}.
   *
   * @param box the value's box, page-relative (0-1, top-left origin)
   */
  public static RegionFit of(FieldKey key, Page page, BoundingBox box) {
    Set<RegionType> want = EXPECTED_REGIONS.get(key);
    if (want == null) {
      return NONE;
    }
    double x = box.centerX();
    double y = box.centerY();
    boolean inside = false;
    for (Region r : page.regions()) {
      BoundingBox b = r.box();
      if (x >= b.left() && x <= b.right() && y >= b.top() && y <= b.bottom()) {
        if (want.contains(r.type())) {
          return EXPECTED;
        }
        inside = true;
      }
    }
    return inside ? OTHER : NONE;
  }

  /** The region types where each field is printed; fields absent here have no expectation. */
  private static Map<FieldKey, Set<RegionType>> expectedRegions() {
    Map<FieldKey, Set<RegionType>> m = new EnumMap<>(FieldKey.class);
    Set<RegionType> vendor =
        EnumSet.of(
            RegionType.VENDOR_BLOCK,
            RegionType.PAGE_HEADER,
            RegionType.TITLE,
            RegionType.FIGURE,
            RegionType.PAGE_FOOTER);
    Set<RegionType> customer = EnumSet.of(RegionType.CUSTOMER_BLOCK);
    Set<RegionType> keyValue =
        EnumSet.of(
            RegionType.KEY_VALUE_GROUP,
            RegionType.TITLE,
            RegionType.PAGE_HEADER,
            RegionType.CUSTOMER_BLOCK);
    Set<RegionType> totals = EnumSet.of(RegionType.TOTALS_BLOCK);
    Set<RegionType> payment =
        EnumSet.of(RegionType.PAYMENT_DETAILS, RegionType.PAGE_FOOTER, RegionType.TEXT);
    m.put(FieldKey.VENDOR_NAME, vendor);
    m.put(FieldKey.VENDOR_ADDRESS, vendor);
    m.put(FieldKey.VENDOR_TAX_ID, vendor);
    m.put(FieldKey.CUSTOMER_NAME, customer);
    m.put(FieldKey.CUSTOMER_ADDRESS, customer);
    m.put(FieldKey.BILLING_ADDRESS, customer);
    m.put(FieldKey.SHIPPING_ADDRESS, customer);
    m.put(
        FieldKey.CUSTOMER_TAX_ID,
        EnumSet.of(RegionType.CUSTOMER_BLOCK, RegionType.KEY_VALUE_GROUP));
    m.put(FieldKey.INVOICE_ID, keyValue);
    m.put(FieldKey.INVOICE_DATE, keyValue);
    m.put(
        FieldKey.DUE_DATE,
        EnumSet.of(
            RegionType.KEY_VALUE_GROUP,
            RegionType.TITLE,
            RegionType.PAGE_HEADER,
            RegionType.PAYMENT_DETAILS,
            RegionType.TEXT));
    m.put(FieldKey.PURCHASE_ORDER, keyValue);
    m.put(FieldKey.CUSTOMER_ID, keyValue);
    m.put(FieldKey.SUB_TOTAL, totals);
    m.put(FieldKey.TOTAL_DISCOUNT, totals);
    m.put(FieldKey.TOTAL_TAX, totals);
    m.put(FieldKey.INVOICE_TOTAL, totals);
    m.put(FieldKey.AMOUNT_DUE, totals);
    m.put(FieldKey.IBAN, payment);
    m.put(FieldKey.SWIFT, payment);
    m.put(
        FieldKey.PAYMENT_TERM,
        EnumSet.of(RegionType.PAYMENT_DETAILS, RegionType.TEXT, RegionType.KEY_VALUE_GROUP));
    return m;
  }
}
