package dev.recto.samples.synth;

import dev.recto.core.field.LineItemKey;
import java.util.List;
import java.util.Objects;

/**
 * A declarative invoice layout: where the blocks sit and how they look. {@link InvoiceRenderer}
 * turns a design and an {@link InvoiceSpec} into a PDF. Designs have stable ids (see {@link
 * Designs}) so that a corpus can be split by design.
 *
 * <p>Immutable and thread-safe. Sizes are in PDF points.
 *
 * @param id stable id, e.g. {@code d01-classic}
 * @param header how the page header (title, vendor, logo) is arranged
 * @param parties how the customer block and the invoice metadata are arranged
 * @param keyValues label left of or above the value in metadata key-value pairs
 * @param table how the line-item table is drawn
 * @param columns the table's columns, left to right; must include description and amount
 * @param totals how the totals block is drawn
 * @param payment where the payment details go
 * @param logo the vector logo, or {@link Logo#NONE}
 * @param font the type face
 * @param fontSize body text size in points, 7 to 12
 * @param accent the accent colour
 */
public record Design(
    String id,
    Header header,
    Parties parties,
    KeyValues keyValues,
    Table table,
    List<LineItemKey> columns,
    TotalsStyle totals,
    Payment payment,
    Logo logo,
    FontFamily font,
    float fontSize,
    Rgb accent) {

  /** Page header arrangements. */
  public enum Header {
    /** Vendor block top left (logo above it), title top right. */
    VENDOR_LEFT,
    /** Title top left, logo and vendor block right-aligned at the top right. */
    TITLE_LEFT,
    /** A coloured band across the top with the title and logo; vendor block below. */
    BANNER,
    /** Logo, vendor name, address and title centred, letterhead style. */
    CENTERED
  }

  /** Customer block and invoice metadata arrangements. */
  public enum Parties {
    /** Customer block left, metadata key-values right. */
    SIDE_BY_SIDE,
    /** Metadata key-values, then the customer block below, both left. */
    STACKED,
    /** Customer block left, then the metadata as one row of cells across the page. */
    META_ROW
  }

  /** Key-value styles for the metadata. */
  public enum KeyValues {
    LABEL_LEFT,
    LABEL_ABOVE
  }

  /** Line-item table styles. */
  public enum Table {
    /** Full grid. */
    RULED,
    /** Filled header with white text, alternating row shading, no rules. */
    STRIPED,
    /** Bold header, a rule under it and one at the end. */
    UNRULED,
    /** Outer frame, grey header, thin rules between rows. */
    BOXED
  }

  /** Totals block styles. */
  public enum TotalsStyle {
    PLAIN,
    /** A rule above the total. */
    RULED,
    /** A shaded band behind the total and amount due. */
    SHADED
  }

  /** Where payment details go. */
  public enum Payment {
    /** Left of the totals block, after the table. */
    BESIDE_TOTALS,
    /** In three small columns at the bottom of the last page. */
    FOOTER_COLUMNS
  }

  /** Vector logos; {@code NONE} draws nothing. */
  public enum Logo {
    NONE,
    CIRCLE,
    SQUARE,
    TRIANGLES,
    BARS
  }

  public Design {
    if (id == null || !id.matches("d[0-9]{2}-[a-z0-9-]+")) {
      throw new IllegalArgumentException("design id must look like d01-name, was " + id);
    }
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(parties, "parties");
    Objects.requireNonNull(keyValues, "keyValues");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(totals, "totals");
    Objects.requireNonNull(payment, "payment");
    Objects.requireNonNull(logo, "logo");
    Objects.requireNonNull(font, "font");
    Objects.requireNonNull(accent, "accent");
    columns = List.copyOf(columns);
    if (!columns.contains(LineItemKey.DESCRIPTION) || !columns.contains(LineItemKey.AMOUNT)) {
      throw new IllegalArgumentException(id + ": columns need Description and Amount");
    }
    if (columns.contains(LineItemKey.TAX) || columns.contains(LineItemKey.DATE)) {
      throw new IllegalArgumentException(id + ": Tax and Date columns are not drawn yet");
    }
    if (!(fontSize >= 7 && fontSize <= 12)) {
      throw new IllegalArgumentException(id + ": font size must be in [7,12], was " + fontSize);
    }
  }
}
