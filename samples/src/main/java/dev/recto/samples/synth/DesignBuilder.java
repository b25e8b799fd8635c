package dev.recto.samples.synth;

import static dev.recto.core.field.LineItemKey.AMOUNT;
import static dev.recto.core.field.LineItemKey.DESCRIPTION;
import static dev.recto.core.field.LineItemKey.QUANTITY;
import static dev.recto.core.field.LineItemKey.UNIT_PRICE;

import dev.recto.core.field.LineItemKey;
import java.util.List;

/**
 * Builds a {@link Design}, starting from {@code d01-classic}'s look, so that the catalogue can say
 * only how a design differs. Mutable and not thread-safe; {@link #build()} validates.
 *
 * <pre>{@code
 * Design d = Design.builder("d10-sidebar").header(Design.Header.SIDEBAR).font(FontFamily.LATO).build();
 * }</pre>
 */
public final class DesignBuilder {

  private final String id;
  private Design.Header header = Design.Header.VENDOR_LEFT;
  private Design.Parties parties = Design.Parties.SIDE_BY_SIDE;
  private Design.KeyValues keyValues = Design.KeyValues.LABEL_LEFT;
  private Design.Table table = Design.Table.RULED;
  private List<LineItemKey> columns = List.of(DESCRIPTION, QUANTITY, UNIT_PRICE, AMOUNT);
  private Design.TotalsStyle totals = Design.TotalsStyle.PLAIN;
  private Design.Payment payment = Design.Payment.BESIDE_TOTALS;
  private Design.Logo logo = Design.Logo.NONE;
  private FontFamily font = FontFamily.DEJAVU_SANS;
  private float fontSize = 10f;
  private Rgb accent = new Rgb(60, 60, 60);
  private boolean shipTo;
  private Design.TotalsPlace totalsPlace = Design.TotalsPlace.RIGHT;
  private Design.Notes notes = Design.Notes.NONE;
  private Design.Stamp stamp = Design.Stamp.NONE;
  private Design.Footer footer = Design.Footer.SIMPLE;
  private Rgb ink = Rgb.BLACK;
  private float titleScale = 2.2f;

  DesignBuilder(String id) {
    this.id = id;
  }

  public DesignBuilder header(Design.Header v) {
    header = v;
    return this;
  }

  public DesignBuilder parties(Design.Parties v) {
    parties = v;
    return this;
  }

  public DesignBuilder keyValues(Design.KeyValues v) {
    keyValues = v;
    return this;
  }

  public DesignBuilder table(Design.Table v) {
    table = v;
    return this;
  }

  public DesignBuilder columns(LineItemKey... v) {
    columns = List.of(v);
    return this;
  }

  public DesignBuilder totals(Design.TotalsStyle v) {
    totals = v;
    return this;
  }

  public DesignBuilder payment(Design.Payment v) {
    payment = v;
    return this;
  }

  public DesignBuilder logo(Design.Logo v) {
    logo = v;
    return this;
  }

  public DesignBuilder font(FontFamily v, float size) {
    font = v;
    fontSize = size;
    return this;
  }

  public DesignBuilder accent(int red, int green, int blue) {
    accent = new Rgb(red, green, blue);
    return this;
  }

  public DesignBuilder shipTo() {
    shipTo = true;
    return this;
  }

  public DesignBuilder totalsPlace(Design.TotalsPlace v) {
    totalsPlace = v;
    return this;
  }

  public DesignBuilder notes(Design.Notes v) {
    notes = v;
    return this;
  }

  public DesignBuilder stamp(Design.Stamp v) {
    stamp = v;
    return this;
  }

  public DesignBuilder footer(Design.Footer v) {
    footer = v;
    return this;
  }

  public DesignBuilder ink(int red, int green, int blue) {
    ink = new Rgb(red, green, blue);
    return this;
  }

  public DesignBuilder titleScale(float v) {
    titleScale = v;
    return this;
  }

  /** The design; throws {@link IllegalArgumentException} when it is inconsistent. */
  public Design build() {
    return new Design(
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
        shipTo,
        totalsPlace,
        notes,
        stamp,
        footer,
        ink,
        titleScale);
  }
}
