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
 * @param shipTo true to print a ship-to block (the delivery address) next to the bill-to block
 * @param totalsPlace where the totals block sits
 * @param notes whether and how a free-text note is printed after the totals
 * @param stamp a turned stamp after the totals, or {@link Stamp#NONE}
 * @param footer how the page footer is drawn
 * @param ink the colour of body text
 * @param titleScale the title's size as a multiple of the body size, 1.2 to 3
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
    Rgb accent,
    boolean shipTo,
    TotalsPlace totalsPlace,
    Notes notes,
    Stamp stamp,
    Footer footer,
    Rgb ink,
    float titleScale) {

  /** The first designs' shape: no ship-to, totals right, no notes or stamp, simple footer. */
  public Design(
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
    this(
        id,
        header,
        parties,
        keyValues,
        table,
        columns,
        totals,
        payment,
        logo,
        font,
        fontSize,
        accent,
        false,
        TotalsPlace.RIGHT,
        Notes.NONE,
        Stamp.NONE,
        Footer.SIMPLE,
        Rgb.BLACK,
        2.2f);
  }

  /** A builder starting from {@code d01-classic}'s look under a new id. */
  public static DesignBuilder builder(String id) {
    return new DesignBuilder(id);
  }

  /** Page header arrangements. */
  public enum Header {
    /** Vendor block top left (logo above it), title top right. */
    VENDOR_LEFT,
    /** Title top left, logo and vendor block right-aligned at the top right. */
    TITLE_LEFT,
    /** A coloured band across the top with the title and logo; vendor block below. */
    BANNER,
    /** Logo, vendor name, address and title centred, letterhead style. */
    CENTERED,
    /**
     * A tinted column down the left of every page; on the first it holds the logo and the vendor
     * block; the title and everything else sit in the column to its right.
     */
    SIDEBAR,
    /** Logo top left, vendor block right-aligned top right, a large title below at the left. */
    VENDOR_RIGHT,
    /** A tinted bar inside the margins with the title and the logo; vendor block below, right. */
    TITLE_BAR
  }

  /** Customer block and invoice metadata arrangements. */
  public enum Parties {
    /** Customer block left, metadata key-values right. */
    SIDE_BY_SIDE,
    /** Metadata key-values, then the customer block below, both left. */
    STACKED,
    /** Customer block left, then the metadata as one row of cells across the page. */
    META_ROW,
    /** Metadata key-values left, customer block right (window-envelope position). */
    MIRRORED
  }

  /** Key-value styles for the metadata. */
  public enum KeyValues {
    LABEL_LEFT,
    LABEL_ABOVE,
    /** A two-column ruled table: a tinted label cell, then the value cell. */
    IN_TABLE,
    /** A boxed grid, two boxes a row, each with its label above its value. */
    GRID
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
    BOXED,
    /** Accent rule under the header, hairlines between rows, no vertical rules. */
    LINED,
    /** Tinted header band with accent text, no rules but a closing one. */
    SHADED_HEADER
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
    FOOTER_COLUMNS,
    /** In a framed box across the content column, below the totals. */
    BOXED,
    /** At the bottom of the sidebar of the last page; needs {@link Header#SIDEBAR}. */
    SIDEBAR
  }

  /** Where the totals block sits. */
  public enum TotalsPlace {
    /** Right-aligned under the table; payment details to its left. */
    RIGHT,
    /** At the left under the table; payment details to its right. */
    LEFT,
    /** Across the whole content column; payment details below. */
    BAND
  }

  /** Free-text notes after the totals. */
  public enum Notes {
    NONE,
    /** A bold heading and a paragraph. */
    PLAIN,
    /** Heading and paragraph in a tinted, framed box. */
    BOXED
  }

  /** A stamp drawn turned after the totals. */
  public enum Stamp {
    NONE,
    /** "PAID" in the invoice's language, in red. */
    PAID,
    /** "COPY" in the invoice's language, in the accent colour. */
    COPY
  }

  /** Page footer styles. */
  public enum Footer {
    /** Vendor (and tax id) left, page number right. */
    SIMPLE,
    /** Vendor and page number centred on two lines. */
    CENTERED,
    /** A rule above, vendor left, page number right. */
    RULED
  }

  /** Vector logos; {@code NONE} draws nothing. */
  public enum Logo {
    NONE,
    CIRCLE,
    SQUARE,
    TRIANGLES,
    BARS,
    /** A raster image (PNG made in code): a shaded disc with a ring. */
    IMAGE_BADGE,
    /** A raster image: diagonal stripes in a rounded square. */
    IMAGE_STRIPES,
    /** A raster image: a mosaic of tinted tiles. */
    IMAGE_MOSAIC;

    /** True for logos embedded as raster images. */
    public boolean raster() {
      return this == IMAGE_BADGE || this == IMAGE_STRIPES || this == IMAGE_MOSAIC;
    }
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
    Objects.requireNonNull(totalsPlace, "totalsPlace");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(stamp, "stamp");
    Objects.requireNonNull(footer, "footer");
    Objects.requireNonNull(ink, "ink");
    columns = List.copyOf(columns);
    if (!columns.contains(LineItemKey.DESCRIPTION) || !columns.contains(LineItemKey.AMOUNT)) {
      throw new IllegalArgumentException(id + ": columns need Description and Amount");
    }
    if (columns.contains(LineItemKey.DATE)) {
      throw new IllegalArgumentException(id + ": the Date column is not drawn yet");
    }
    if (payment == Payment.SIDEBAR && header != Header.SIDEBAR) {
      throw new IllegalArgumentException(id + ": payment in the sidebar needs a sidebar header");
    }
    if (!(titleScale >= 1.2f && titleScale <= 3f)) {
      throw new IllegalArgumentException(
          id + ": title scale must be in [1.2,3], was " + titleScale);
    }
    if (!(fontSize >= 7 && fontSize <= 12)) {
      throw new IllegalArgumentException(id + ": font size must be in [7,12], was " + fontSize);
    }
  }
}
