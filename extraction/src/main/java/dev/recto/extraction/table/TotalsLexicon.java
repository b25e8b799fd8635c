package dev.recto.extraction.table;

import java.util.ArrayList;
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
          "less",
          "lessdiscount",
          "shipping",
          "amountdue",
          "totaldue",
          "amountpayable",
          "resteapayer",
          "montantdu",
          "restbetrag",
          "saldo",
          "openstaand",
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
          "dto",
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

  /**
   * Whether the phrase reads as a totals label: its first words are one, or one of its first three
   * words is a totals word ({@code Invoice total}, {@code Factuur totaal}).
   */
  boolean isTotalsLabel(Phrase phrase) {
    List<String> folded = new ArrayList<>();
    for (int i = 0; i < Math.min(3, phrase.words().size()); i++) {
      folded.add(Fold.fold(phrase.words().get(i).text()));
    }
    StringBuilder sb = new StringBuilder();
    for (String f : folded) {
      sb.append(f);
      if (LABELS.contains(sb.toString())) {
        return true;
      }
    }
    for (String f : folded) {
      for (String stem : STEMS) {
        if (f.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }
}
