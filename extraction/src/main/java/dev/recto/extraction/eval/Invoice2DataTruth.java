package dev.recto.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.recto.core.field.FieldKey;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads invoice2data's expected output ({@code [{"issuer": ..., "amount": 4.11, ...}]}) as field
 * truth, mapping its keys onto Recto's schema. Keys with no schema field (websites, phone numbers,
 * template-specific extras) are not scored.
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><th>invoice2data</th><th>Recto</th></tr>
 *   <tr><td>amount</td><td>InvoiceTotal</td></tr>
 *   <tr><td>amount_untaxed</td><td>SubTotal</td></tr>
 *   <tr><td>amount_tax</td><td>TotalTax</td></tr>
 *   <tr><td>date / date_due</td><td>InvoiceDate / DueDate</td></tr>
 *   <tr><td>date_start / date_end</td><td>ServiceStartDate / ServiceEndDate</td></tr>
 *   <tr><td>invoice_number</td><td>InvoiceId</td></tr>
 *   <tr><td>partner_name</td><td>VendorName (invoice2data's partner is the issuer)</td></tr>
 *   <tr><td>vat, static_vat</td><td>VendorTaxId</td></tr>
 *   <tr><td>client_id</td><td>CustomerId</td></tr>
 *   <tr><td>currency</td><td>Currency</td></tr>
 *   <tr><td>iban / bic</td><td>IBAN / SWIFT</td></tr>
 * </table>
 */
public final class Invoice2DataTruth {

  private static final Map<String, FieldKey> KEYS =
      Map.ofEntries(
          Map.entry("amount", FieldKey.INVOICE_TOTAL),
          Map.entry("amount_untaxed", FieldKey.SUB_TOTAL),
          Map.entry("amount_tax", FieldKey.TOTAL_TAX),
          Map.entry("date", FieldKey.INVOICE_DATE),
          Map.entry("date_due", FieldKey.DUE_DATE),
          Map.entry("date_start", FieldKey.SERVICE_START_DATE),
          Map.entry("date_end", FieldKey.SERVICE_END_DATE),
          Map.entry("invoice_number", FieldKey.INVOICE_ID),
          Map.entry("partner_name", FieldKey.VENDOR_NAME),
          Map.entry("vat", FieldKey.VENDOR_TAX_ID),
          Map.entry("static_vat", FieldKey.VENDOR_TAX_ID),
          Map.entry("client_id", FieldKey.CUSTOMER_ID),
          Map.entry("currency", FieldKey.CURRENCY),
          Map.entry("iban", FieldKey.IBAN),
          Map.entry("bic", FieldKey.SWIFT));

  private Invoice2DataTruth() {}

  /**
   * True when {@code root} looks like invoice2data's output: an array of objects with an issuer.
   */
  public static boolean accepts(JsonNode root) {
    return root.isArray() && root.size() == 1 && root.get(0).has("issuer");
  }

  /** The truth of the first (only) invoice in {@code root}. */
  public static FieldTruth fromTree(String name, JsonNode root) {
    JsonNode inv = root.get(0);
    Map<FieldKey, String> fields = new EnumMap<>(FieldKey.class);
    inv.fields()
        .forEachRemaining(
            e -> {
              FieldKey key = KEYS.get(e.getKey());
              if (key != null && !e.getValue().isNull() && !e.getValue().isContainerNode()) {
                fields.put(key, value(key, e.getValue()));
              }
            });
    return new FieldTruth(name, fields, Set.of(), List.of(), false, List.of("source=invoice2data"));
  }

  private static String value(FieldKey key, JsonNode v) {
    if (v.isNumber() && (key.type() == dev.recto.core.field.FieldType.MONEY)) {
      return new BigDecimal(v.asText()).toPlainString();
    }
    return v.asText();
  }
}
