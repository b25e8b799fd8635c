package dev.recto.extraction.table;

import static dev.recto.core.field.LineItemKey.AMOUNT;
import static dev.recto.core.field.LineItemKey.DATE;
import static dev.recto.core.field.LineItemKey.DESCRIPTION;
import static dev.recto.core.field.LineItemKey.PRODUCT_CODE;
import static dev.recto.core.field.LineItemKey.QUANTITY;
import static dev.recto.core.field.LineItemKey.TAX;
import static dev.recto.core.field.LineItemKey.TAX_RATE;
import static dev.recto.core.field.LineItemKey.UNIT;
import static dev.recto.core.field.LineItemKey.UNIT_PRICE;

import dev.recto.core.field.LineItemKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The words that head line-item columns in English, German, French, Spanish, Italian, Dutch and
 * Portuguese, looked up after {@link Fold folding} (so {@code "Qté"}, {@code "QTE"} and {@code
 * "Qte."} are one entry), exactly first and then fuzzily (one edit from 6 characters).
 *
 * <p>Immutable and thread-safe.
 */
final class HeaderLexicon {

  /**
   * A column heading.
   *
   * @param folded the heading, folded
   * @param key the column it names; {@code null} for a column that is known not to be one of the
   *     line-item keys (a position number, a discount), whose values must not spill into others
   * @param fallback the key it names when {@code key} is already taken by another heading in the
   *     row ({@code Item} beside {@code Description} is a product code, alone it is the
   *     description), or {@code null}
   */
  record Term(String folded, LineItemKey key, LineItemKey fallback) {
    Term {
      Objects.requireNonNull(folded, "folded");
      if (folded.isEmpty()) {
        throw new IllegalArgumentException("a term must not fold to nothing");
      }
    }
  }

  /** The longest heading in words that {@link #lookup} is asked about. */
  static final int MAX_WORDS = 3;

  private final Map<String, Term> terms = new HashMap<>();

  HeaderLexicon() {
    add(
        DESCRIPTION,
        null,
        "description",
        "descr",
        "item description",
        "item name",
        "name",
        "service description",
        "work description",
        "activity",
        "task",
        "goods",
        "specification",
        "description article",
        "descrizione articolo",
        "description of goods",
        "description of services",
        "product",
        "products",
        "product name",
        "service",
        "services",
        "product / service",
        "particulars",
        "details",
        "article",
        "beschreibung",
        "bezeichnung",
        "artikelbezeichnung",
        "leistung",
        "artikel / leistung",
        "leistungsbeschreibung",
        "produkt",
        "designation",
        "libelle",
        "prestation",
        "descriptif",
        "descripcion",
        "concepto",
        "producto",
        "descrizione",
        "prodotto",
        "omschrijving",
        "artikelomschrijving",
        "descricao",
        "produto",
        "servico");
    add(
        PRODUCT_CODE,
        DESCRIPTION,
        "item",
        "items",
        "article no",
        "artikel",
        "articulo",
        "articolo",
        "artigo");
    add(
        PRODUCT_CODE,
        null,
        "code",
        "pos code",
        "item code",
        "item no",
        "item #",
        "item number",
        "product code",
        "product no",
        "part no",
        "part number",
        "sku",
        "art no",
        "art nr",
        "artnr",
        "art.-nr.",
        "artikelnr",
        "artikelnummer",
        "artikel nr",
        "ref",
        "reference",
        "code article",
        "referencia",
        "codigo",
        "cod",
        "codice",
        "cod art",
        "codice articolo",
        "artikelcode",
        "codigo produto");
    add(
        QUANTITY,
        null,
        "qty",
        "quantity",
        "quant",
        "hours",
        "hrs",
        "hours / qty",
        "qty / hours",
        "units",
        "menge",
        "anzahl",
        "no of units",
        "count",
        "pieces",
        "pcs",
        "anz",
        "stuck",
        "qte",
        "quantite",
        "nombre",
        "cantidad",
        "cant",
        "quantita",
        "qta",
        "qt",
        "aantal",
        "hoeveelheid",
        "uds",
        "unidades",
        "quantidade",
        "qtd",
        "qtde");
    add(
        UNIT,
        null,
        "unit",
        "u",
        "uom",
        "u / m",
        "unit of measure",
        "einheit",
        "me",
        "unite",
        "unidad",
        "ud",
        "unita",
        "um",
        "eenheid",
        "unidade",
        "un");
    add(
        UNIT_PRICE,
        null,
        "unit price",
        "price",
        "price / unit",
        "price each",
        "each",
        "unit rate",
        "hourly rate",
        "rate / hr",
        "list price",
        "preis / einheit",
        "preis je einheit",
        "prix ht",
        "prezzo cad",
        "precio ud",
        "prijs / st",
        "price per unit",
        "unit cost",
        "rate",
        "net price",
        "einzelpreis",
        "vk-preis",
        "verkaufspreis",
        "e-preis",
        "preis",
        "stuckpreis",
        "ep",
        "preis / einheit",
        "prix unitaire",
        "prix",
        "pu",
        "prix u",
        "prix unit",
        "precio unitario",
        "precio",
        "p unit",
        "precio unit",
        "prezzo unitario",
        "prezzo",
        "prezzo unit",
        "prijs",
        "stukprijs",
        "eenheidsprijs",
        "prijs per stuk",
        "preco unitario",
        "preco",
        "valor unitario",
        "valor unit",
        "vlr unit");
    add(TAX_RATE, TAX, "vat", "tax", "mwst", "ust", "tva", "iva", "btw");
    add(
        TAX_RATE,
        null,
        "vat %",
        "vat rate",
        "tax %",
        "tax rate",
        "% vat",
        "mwst %",
        "ust %",
        "mwst-satz",
        "steuersatz",
        "steuer %",
        "tva %",
        "taux tva",
        "taux",
        "iva %",
        "% iva",
        "tipo iva",
        "aliquota",
        "aliquota iva",
        "btw %",
        "btw-tarief",
        "tarief");
    add(
        TAX,
        null,
        "tax amount",
        "vat amount",
        "mwst-betrag",
        "steuerbetrag",
        "ust-betrag",
        "montant tva",
        "cuota iva",
        "importe iva",
        "importo iva",
        "btw-bedrag",
        "valor iva");
    add(
        AMOUNT,
        null,
        "amount",
        "total",
        "net",
        "gross",
        "brutto",
        "imponibile",
        "total ttc",
        "prijs incl btw",
        "prijs excl btw",
        "bedrag incl btw",
        "price incl vat",
        "total incl vat",
        "preis inkl mwst",
        "betrag inkl mwst",
        "zeilenbetrag",
        "line total",
        "line amount",
        "extension",
        "ext",
        "ext amount",
        "charge",
        "charges",
        "fee",
        "fees",
        "net value",
        "value",
        "total price",
        "net amount",
        "amount net",
        "ext price",
        "extended price",
        "subtotal",
        "betrag",
        "gesamt",
        "gesamtpreis",
        "gesamtbetrag",
        "summe",
        "netto",
        "nettobetrag",
        "montant",
        "montant ht",
        "total ht",
        "prix total",
        "importe",
        "importe total",
        "subtotal linea",
        "total linea",
        "importo",
        "importo totale",
        "totale",
        "bedrag",
        "totaal",
        "valor",
        "valor total");
    add(
        DATE,
        null,
        "date",
        "service date",
        "date of service",
        "delivery date",
        "datum",
        "leistungsdatum",
        "lieferdatum",
        "date de livraison",
        "fecha",
        "data",
        "data consegna");
    add(
        null,
        null,
        "pos",
        "position",
        "#",
        "no",
        "nr",
        "n",
        "lfd nr",
        "discount",
        "disc",
        "rabatt",
        "remise",
        "descuento",
        "sconto",
        "korting",
        "desconto");
  }

  private void add(LineItemKey key, LineItemKey fallback, String... headings) {
    for (String heading : headings) {
      String folded = Fold.fold(heading);
      terms.putIfAbsent(folded, new Term(folded, key, fallback));
    }
  }

  /**
   * The term that the words' texts, folded and concatenated, name. An exact match wins; then a
   * heading that ends in a full stop is read as an abbreviation of the terms it begins (when they
   * all name one column: {@code "Aant."} is {@code aantal}); then a fuzzy match, which must be
   * unique; then a heading ending in {@code code} is a product code.
   */
  Optional<Term> lookup(List<String> texts) {
    StringBuilder sb = new StringBuilder();
    for (String t : texts) {
      sb.append(Fold.fold(t));
    }
    String folded = sb.toString();
    if (folded.isEmpty()) {
      return Optional.empty();
    }
    Term exact = terms.get(folded);
    if (exact != null) {
      return Optional.of(exact);
    }
    String last = texts.get(texts.size() - 1);
    if (last.endsWith(".") && folded.length() >= 2) {
      Optional<Term> abbreviated = abbreviation(folded);
      if (abbreviated.isPresent()) {
        return abbreviated;
      }
    }
    List<Term> near = new ArrayList<>();
    if (folded.length() >= 6 && folded.chars().noneMatch(Character::isDigit)) {
      for (Term term : terms.values()) {
        if (Fold.similar(folded, term.folded())) {
          near.add(term);
        }
      }
    }
    Optional<Term> fuzzy = oneColumn(near);
    if (fuzzy.isPresent()) {
      return fuzzy;
    }
    if (folded.length() > 4 && folded.endsWith("code")) {
      return Optional.of(new Term(folded, PRODUCT_CODE, null));
    }
    return Optional.empty();
  }

  private Optional<Term> abbreviation(String folded) {
    List<Term> begun = new ArrayList<>();
    for (Term term : terms.values()) {
      if (term.folded().startsWith(folded)) {
        begun.add(term);
      }
    }
    return oneColumn(begun);
  }

  /** The first of the terms when they all name one column (and fallback), else empty. */
  private static Optional<Term> oneColumn(List<Term> candidates) {
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Term first = candidates.get(0);
    for (Term t : candidates) {
      if (t.key() != first.key() || !Objects.equals(t.fallback(), first.fallback())) {
        return Optional.empty();
      }
    }
    return Optional.of(first);
  }
}
