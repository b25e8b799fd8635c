package dev.recto.core.field;

import java.util.Arrays;
import java.util.Optional;

/** The columns of an invoice line item, named as in Azure's prebuilt invoice model. */
public enum LineItemKey {
  DESCRIPTION("Description", FieldType.TEXT),
  PRODUCT_CODE("ProductCode", FieldType.IDENTIFIER),
  QUANTITY("Quantity", FieldType.NUMBER),
  UNIT("Unit", FieldType.TEXT),
  UNIT_PRICE("UnitPrice", FieldType.MONEY),
  TAX_RATE("TaxRate", FieldType.RATE),
  TAX("Tax", FieldType.MONEY),
  AMOUNT("Amount", FieldType.MONEY),
  DATE("Date", FieldType.DATE);

  private final String jsonName;
  private final FieldType type;

  LineItemKey(String jsonName, FieldType type) {
    this.jsonName = jsonName;
    this.type = type;
  }

  /** The name used in JSON output, e.g. {@code UnitPrice}. */
  public String jsonName() {
    return jsonName;
  }

  public FieldType type() {
    return type;
  }

  /** The key with this JSON name, matched exactly. */
  public static Optional<LineItemKey> fromJsonName(String name) {
    return Arrays.stream(values()).filter(k -> k.jsonName.equals(name)).findFirst();
  }
}
