package dev.recto.extraction.table;

import java.util.List;
import java.util.Set;

/**
 * Labels of the rows that close a line-item table or sum it up (subtotal, tax, total, amount due,
 * carried forward) in English, German, French, Spanish, Italian, Dutch and Portuguese, matched on
 * the {@link Fold folded} first words of a row.
 *
 * <p>Immutable and thread-safe.
 */
final class TotalsLexicon {

  private static final Set<String> LABELS =
      Set.of(
          "total",
          "totals",
          "subtotal",
          "nettotal",
          "totalnet",
          "grandtotal",
          "sum",
          "tax",
          "vat",
          "salestax",
          "discount",
          "shipping",
          "amountdue",
          "balancedue",
          "balance",
          "carriedforward",
          "broughtforward",
          "gesamt",
          "gesamtbetrag",
          "gesamtsumme",
          "summe",
          "zwischensumme",
          "nettobetrag",
          "netto",
          "brutto",
          "rechnungsbetrag",
          "endbetrag",
          "ubertrag",
          "mwst",
          "ust",
          "umsatzsteuer",
          "mehrwertsteuer",
          "rabatt",
          "versand",
          "offenerbetrag",
          "zuzahlen",
          "soustotal",
          "totalht",
          "totalttc",
          "montantht",
          "montantttc",
          "tva",
          "remise",
          "netapayer",
          "reporter",
          "areporter",
          "somme",
          "suma",
          "baseimponible",
          "iva",
          "descuento",
          "importeapagar",
          "apagar",
          "totale",
          "imponibile",
          "sconto",
          "dapagare",
          "subtotaal",
          "totaal",
          "btw",
          "korting",
          "tebetalen",
          "soma",
          "desconto",
          "valortotal");

  /** Prefixes that mark a totals label even with more words after them. */
  private static final List<String> STEMS =
      List.of("subtotal", "total", "zwischensumme", "summe", "soustotal", "subtotaal", "totaal");

  TotalsLexicon() {}

  /** Whether the phrase reads as a totals label. */
  boolean isTotalsLabel(Phrase phrase) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(3, phrase.words().size()); i++) {
      sb.append(Fold.fold(phrase.words().get(i).text()));
      if (LABELS.contains(sb.toString())) {
        return true;
      }
    }
    String first = Fold.fold(phrase.words().get(0).text());
    for (String stem : STEMS) {
      if (first.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }
}
