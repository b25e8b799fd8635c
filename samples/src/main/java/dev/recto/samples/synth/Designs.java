package dev.recto.samples.synth;

import static dev.recto.core.field.LineItemKey.AMOUNT;
import static dev.recto.core.field.LineItemKey.DESCRIPTION;
import static dev.recto.core.field.LineItemKey.PRODUCT_CODE;
import static dev.recto.core.field.LineItemKey.QUANTITY;
import static dev.recto.core.field.LineItemKey.TAX_RATE;
import static dev.recto.core.field.LineItemKey.UNIT;
import static dev.recto.core.field.LineItemKey.UNIT_PRICE;

import dev.recto.samples.synth.Design.Header;
import dev.recto.samples.synth.Design.KeyValues;
import dev.recto.samples.synth.Design.Logo;
import dev.recto.samples.synth.Design.Parties;
import dev.recto.samples.synth.Design.Payment;
import dev.recto.samples.synth.Design.Table;
import dev.recto.samples.synth.Design.TotalsStyle;
import java.util.List;

/**
 * The catalogue of invoice designs: d01 to d09 here, d10 and up in {@link MoreDesigns}. Ids are
 * stable: a design keeps its id (and its look) once published, new designs get new ids, so corpora
 * can be split by design. Each id's number is unique too.
 *
 * <p>Stateless and thread-safe.
 */
public final class Designs {

  private static final List<Design> FIRST =
      List.of(
          new Design(
              "d01-classic",
              Header.VENDOR_LEFT,
              Parties.SIDE_BY_SIDE,
              KeyValues.LABEL_LEFT,
              Table.RULED,
              List.of(DESCRIPTION, QUANTITY, UNIT_PRICE, AMOUNT),
              TotalsStyle.PLAIN,
              Payment.BESIDE_TOTALS,
              Logo.NONE,
              FontFamily.DEJAVU_SANS,
              10f,
              new Rgb(60, 60, 60)),
          new Design(
              "d02-banner",
              Header.BANNER,
              Parties.SIDE_BY_SIDE,
              KeyValues.LABEL_LEFT,
              Table.STRIPED,
              List.of(PRODUCT_CODE, DESCRIPTION, QUANTITY, UNIT, UNIT_PRICE, AMOUNT),
              TotalsStyle.SHADED,
              Payment.BESIDE_TOTALS,
              Logo.CIRCLE,
              FontFamily.DEJAVU_SANS,
              9f,
              new Rgb(30, 80, 160)),
          new Design(
              "d03-letterhead",
              Header.CENTERED,
              Parties.STACKED,
              KeyValues.LABEL_LEFT,
              Table.UNRULED,
              List.of(DESCRIPTION, QUANTITY, UNIT_PRICE, TAX_RATE, AMOUNT),
              TotalsStyle.RULED,
              Payment.FOOTER_COLUMNS,
              Logo.TRIANGLES,
              FontFamily.DEJAVU_SERIF,
              10f,
              new Rgb(140, 30, 40)),
          new Design(
              "d04-meta-row",
              Header.TITLE_LEFT,
              Parties.META_ROW,
              KeyValues.LABEL_ABOVE,
              Table.BOXED,
              List.of(DESCRIPTION, QUANTITY, UNIT_PRICE, AMOUNT),
              TotalsStyle.RULED,
              Payment.BESIDE_TOTALS,
              Logo.SQUARE,
              FontFamily.DEJAVU_SANS,
              9f,
              new Rgb(0, 120, 120)),
          new Design(
              "d05-typewriter",
              Header.VENDOR_LEFT,
              Parties.STACKED,
              KeyValues.LABEL_LEFT,
              Table.UNRULED,
              List.of(PRODUCT_CODE, DESCRIPTION, QUANTITY, UNIT_PRICE, AMOUNT),
              TotalsStyle.PLAIN,
              Payment.BESIDE_TOTALS,
              Logo.NONE,
              FontFamily.DEJAVU_MONO,
              8f,
              Rgb.BLACK),
          new Design(
              "d06-condensed",
              Header.TITLE_LEFT,
              Parties.SIDE_BY_SIDE,
              KeyValues.LABEL_ABOVE,
              Table.STRIPED,
              List.of(PRODUCT_CODE, DESCRIPTION, QUANTITY, UNIT, UNIT_PRICE, TAX_RATE, AMOUNT),
              TotalsStyle.SHADED,
              Payment.FOOTER_COLUMNS,
              Logo.BARS,
              FontFamily.DEJAVU_CONDENSED,
              9f,
              new Rgb(40, 120, 60)),
          new Design(
              "d07-helvetica-band",
              Header.BANNER,
              Parties.META_ROW,
              KeyValues.LABEL_ABOVE,
              Table.RULED,
              List.of(DESCRIPTION, QUANTITY, UNIT, UNIT_PRICE, AMOUNT),
              TotalsStyle.PLAIN,
              Payment.FOOTER_COLUMNS,
              Logo.SQUARE,
              FontFamily.HELVETICA,
              9.5f,
              new Rgb(220, 110, 20)),
          new Design(
              "d08-times",
              Header.CENTERED,
              Parties.SIDE_BY_SIDE,
              KeyValues.LABEL_LEFT,
              Table.BOXED,
              List.of(PRODUCT_CODE, DESCRIPTION, QUANTITY, UNIT_PRICE, AMOUNT),
              TotalsStyle.RULED,
              Payment.BESIDE_TOTALS,
              Logo.CIRCLE,
              FontFamily.TIMES,
              10.5f,
              new Rgb(20, 40, 90)),
          new Design(
              "d09-courier-ledger",
              Header.TITLE_LEFT,
              Parties.STACKED,
              KeyValues.LABEL_LEFT,
              Table.RULED,
              List.of(DESCRIPTION, QUANTITY, UNIT_PRICE, TAX_RATE, AMOUNT),
              TotalsStyle.PLAIN,
              Payment.BESIDE_TOTALS,
              Logo.NONE,
              FontFamily.COURIER,
              8.5f,
              Rgb.BLACK));

  private static final List<Design> ALL = all(FIRST, MoreDesigns.all());

  private Designs() {}

  private static List<Design> all(List<Design> first, List<Design> more) {
    List<Design> all = new java.util.ArrayList<>(first);
    all.addAll(more);
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Design d : all) {
      if (!ids.add(d.id()) || !ids.add(d.id().substring(0, 3))) {
        throw new IllegalStateException("duplicate design id " + d.id());
      }
    }
    return List.copyOf(all);
  }

  /** All designs, in id order. */
  public static List<Design> all() {
    return ALL;
  }

  /** The design with this id. */
  public static Design byId(String id) {
    return ALL.stream()
        .filter(d -> d.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown design " + id + "; known: " + ALL.stream().map(Design::id).toList()));
  }
}
