package dev.recto.templates.recto;

import dev.recto.core.field.FieldType;
import dev.recto.core.field.InvoiceFields;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A field outside the core schema that a template names itself ({@code order_id}, {@code
 * partner_street}): found by any locator, read as {@code type}, reported in {@link
 * InvoiceFields#customFields()} with provenance like a core field. Not calibrated, not routed to
 * review.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the field's name ({@link InvoiceFields#CUSTOM_NAME}: lower-case snake case)
 * @param type how the located text is read (default text)
 * @param locator where its text is
 * @param value optional expression that picks the value inside the located text, or null
 * @param options parse options of this field, over the template's
 * @param group regex locators only: how the values at every match are reduced, or null
 */
public record CustomFieldRule(
    String name,
    FieldType type,
    Locator locator,
    Pattern value,
    ParseOptions options,
    Grouping group)
    implements ValueRule {

  public CustomFieldRule {
    Objects.requireNonNull(name, "name");
    if (!InvoiceFields.CUSTOM_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a custom field name must match "
              + InvoiceFields.CUSTOM_NAME.pattern()
              + ", was "
              + name);
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(locator, "locator");
    Objects.requireNonNull(options, "options");
    if (group != null && !(locator instanceof Locator.Regex)) {
      throw new IllegalArgumentException("group needs a regex locator");
    }
    if (group == Grouping.SUM && type != FieldType.MONEY) {
      throw new IllegalArgumentException("group sum is for money fields, " + name + " is " + type);
    }
  }

  @Override
  public boolean iban() {
    return false;
  }

  @Override
  public boolean sum() {
    return false;
  }
}
