package dev.recto.extraction.generic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognizes the header line of a line-item table: a line with at least two column words ({@code
 * Description}, {@code Qty}, {@code Unit price}, {@code Menge}, {@code Prix}, ...) in any supported
 * language. Stateless.
 */
final class TableHeaderWords {

  private static final Set<String> WORDS =
      Set.of(
          "description",
          "item",
          "items",
          "qty",
          "quantity",
          "price",
          "rate",
          "hours",
          "unit",
          "beschreibung",
          "bezeichnung",
          "artikel",
          "menge",
          "anzahl",
          "einzelpreis",
          "preis",
          "designation",
          "quantite",
          "qte",
          "prix",
          "descripcion",
          "concepto",
          "cantidad",
          "cant",
          "precio",
          "descrizione",
          "articolo",
          "quantita",
          "prezzo",
          "omschrijving",
          "aantal",
          "prijs",
          "stukprijs",
          "descricao",
          "quantidade",
          "qtd",
          "preco");

  private TableHeaderWords() {}

  /** True when the line of {@code s} holds two or more distinct table column words. */
  static boolean isHeaderLine(PageLayout layout, Segment s) {
    Set<String> seen = new HashSet<>();
    for (Segment other : layout.line(s.lineIndex())) {
      List<String> tokens = TextFolding.tokens(other.text());
      for (String t : tokens) {
        if (WORDS.contains(t)) {
          seen.add(t);
        }
      }
    }
    return seen.size() >= 2;
  }
}
