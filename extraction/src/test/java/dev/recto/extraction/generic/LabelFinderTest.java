package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.model.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelFinderTest {

  private final LabelFinder finder = new LabelFinder(LabelLexicon.bundled());

  private List<LabelHit> hits(String line, boolean fuzzy) {
    PageLayout layout =
        PageLayout.of(new PageBuilder().text(50, 0, line).document().pages().get(0));
    return finder.find(layout, fuzzy);
  }

  @Test
  void foldsNumberSignsAccentsAndPunctuation() {
    assertThat(TextFolding.tokens("N° de facture")).containsExactly("no", "de", "facture");
    assertThat(TextFolding.tokens("Nº de factura")).containsExactly("no", "de", "factura");
    assertThat(TextFolding.tokens("Invoice #")).containsExactly("invoice", "no");
    assertThat(TextFolding.tokens("Rechnungs-Nr.:")).containsExactly("rechnungs", "nr");
    assertThat(TextFolding.tokens("Fällig am")).containsExactly("fallig", "am");
    assertThat(TextFolding.tokens("Straße")).containsExactly("strasse");
  }

  @Test
  void aNumberSignLostBetweenNAndItsPrepositionIsStillANumber() {
    assertThat(TextFolding.tokens("Nde factura")).containsExactly("no", "de", "factura");
    assertThat(TextFolding.tokens("Ndo documento")).containsExactly("no", "do", "documento");
    assertThat(TextFolding.tokens("Ndele Street")).containsExactly("ndele", "street");
    assertThat(TextFolding.tokens("Ndecommande")).containsExactly("no", "de", "commande");
    assertThat(TextFolding.tokens("nde")).containsExactly("nde");
  }

  @Test
  void aLoneCapitalNIsANumberSign() {
    assertThat(TextFolding.tokens("N")).containsExactly("no");
    assertThat(hits("N TVA intracommunautaire", true))
        .extracting(LabelHit::role)
        .containsExactly(LabelRole.VENDOR_TAX_ID);
    assertThat(TextFolding.tokens("n")).containsExactly("n");
  }

  @Test
  void wordsGluedByOcrAreSplitForMatching() {
    assertThat(TextFolding.tokens("CustomerTax ID:")).containsExactly("customer", "tax", "id");
    assertThat(TextFolding.tokens("ShipTo")).containsExactly("ship", "to");
    assertThat(hits("CustomerTax ID: 18-3265380", true))
        .extracting(LabelHit::role)
        .containsExactly(LabelRole.CUSTOMER_TAX_ID);
    // an L read for a small l inside a word, names and acronyms stay whole
    assertThat(TextFolding.tokens("ZahLbar bis")).containsExactly("zahlbar", "bis");
    assertThat(TextFolding.tokens("McDonald")).containsExactly("mcdonald");
    assertThat(TextFolding.tokens("USt-IdNr")).containsExactly("ust", "idnr");
    assertThat(TextFolding.tokens("GmbH")).containsExactly("gmbh");
    assertThat(TextFolding.tokens("TotalTTC")).containsExactly("total", "ttc");
    assertThat(TextFolding.tokens("N° TVAintracommunautaire:"))
        .containsExactly("no", "tva", "intracommunautaire");
    assertThat(TextFolding.tokens("Tax7%")).containsExactly("tax", "7");
    assertThat(TextFolding.tokens("5ales")).containsExactly("5ales"); // a misread S: fuzzy match
    List<LabelHit> tax = hits("IVA21% 1.301,54 €", true);
    assertThat(tax).extracting(LabelHit::role).containsExactly(LabelRole.TOTAL_TAX);
    assertThat(tax.get(0).valueWords()).extracting(Word::text).containsExactly("1.301,54", "€");
    // a label still ends at a word boundary otherwise: "Taxation" is no "Tax"
    assertThat(hits("Taxation 12.00", true)).isEmpty();
    assertThat(hits("TotalTTC 4255,20 EUR", true))
        .extracting(LabelHit::role)
        .containsExactly(LabelRole.INVOICE_TOTAL);
  }

  @Test
  void findsLabelsInEveryLanguage() {
    assertThat(hits("Rechnungsnummer: 4711", false))
        .extracting(LabelHit::role)
        .containsExactly(LabelRole.INVOICE_ID);
    assertThat(hits("N° de facture : F-12", false))
        .extracting(LabelHit::role)
        .containsExactly(LabelRole.INVOICE_ID);
    assertThat(hits("Factuurnr. 2024-1", false))
        .extracting(LabelHit::role)
        .containsExactly(LabelRole.INVOICE_ID);
    assertThat(hits("Fecha de vencimiento: 01/02/2024", false))
        .extracting(LabelHit::role)
        .containsExactly(LabelRole.DUE_DATE);
    assertThat(hits("Totale da pagare EUR 12,00", false))
        .extracting(LabelHit::role)
        .containsExactly(LabelRole.AMOUNT_DUE);
  }

  @Test
  void theLongestPhraseWins() {
    LabelHit hit = hits("Due Date: 2024-01-01", false).get(0);
    assertThat(hit.role()).isEqualTo(LabelRole.DUE_DATE);
    assertThat(hit.endWord()).isEqualTo(2);
    assertThat(hit.valueWords()).extracting(w -> w.text()).containsExactly("2024-01-01");
  }

  @Test
  void labelsInTheMiddleOfTextNeedAColon() {
    assertThat(hits("Thank you, the total is due soon", false)).isEmpty();
    assertThat(hits("Invoice No: 12 Date: 2024-01-01", false))
        .extracting(LabelHit::role)
        .containsExactly(LabelRole.INVOICE_ID, LabelRole.INVOICE_DATE);
  }

  @Test
  void aValueEndsWhereTheNextLabelStarts() {
    List<LabelHit> h = hits("Invoice No: 12 Date: 2024-01-01", false);
    assertThat(h.get(0).valueWords()).extracting(w -> w.text()).containsExactly("12");
  }

  @Test
  void aNumberSignReadAsAQuoteIsStillANumber() {
    assertThat(TextFolding.tokens("N' CLIENT")).containsExactly("no", "client");
    assertThat(TextFolding.tokens("N\" DE FACTURE")).containsExactly("no", "de", "facture");
    assertThat(hits("N' CLIENT", true))
        .extracting(LabelHit::role)
        .containsExactly(LabelRole.CUSTOMER_ID);
    // French elision keeps its letters
    assertThat(TextFolding.tokens("N'hésitez pas")).containsExactly("n", "hesitez", "pas");
  }

  @Test
  void twoWordsOfALabelGluedByOcrStillMatchWhenFuzzy() {
    assertThat(hits("APAYER AVANT LE", false)).isEmpty();
    List<LabelHit> glued = hits("APAYER AVANT LE", true);
    assertThat(glued).extracting(LabelHit::role).containsExactly(LabelRole.DUE_DATE);
    assertThat(glued.get(0).quality()).isLessThan(1.0);
    assertThat(hits("Date dechéance: 2024-01-01", true))
        .extracting(LabelHit::role)
        .containsExactly(LabelRole.DUE_DATE);
  }

  @Test
  void aLetterSpacedLabelMatchesWithoutItsSpaces() {
    assertThat(hits("A cc oun t N o", true))
        .extracting(LabelHit::role)
        .containsExactly(LabelRole.CUSTOMER_ID);
    assertThat(hits("in vokce D ote", true))
        .extracting(LabelHit::role)
        .containsExactly(LabelRole.INVOICE_DATE);
    assertThat(hits("P. O. N o.", true))
        .extracting(LabelHit::role)
        .containsExactly(LabelRole.PURCHASE_ORDER);
    assertThat(hits("A cc oun t N o", false)).isEmpty();
  }

  @Test
  void ocrErrorsMatchOnlyWhenFuzzy() {
    assertThat(hits("Rechnungsnummor: 4711", false)).isEmpty();
    List<LabelHit> fuzzy = hits("Rechnungsnummor: 4711", true);
    assertThat(fuzzy).extracting(LabelHit::role).containsExactly(LabelRole.INVOICE_ID);
    assertThat(fuzzy.get(0).quality()).isLessThan(1.0);
  }

  @Test
  void aFuzzyBlockHeadingMustStandAloneOrEndWithAColon() {
    assertThat(hits("KLANG SELANGOR D.E, MALAYSIA", true)).isEmpty();
    assertThat(hits("PETALING JAYA.SELANGOR", true)).isEmpty();
    assertThat(hits("Klang", true)).extracting(LabelHit::role).containsExactly(LabelRole.BILL_TO);
    assertThat(hits("Klang: Acme BV", true))
        .extracting(LabelHit::role)
        .containsExactly(LabelRole.BILL_TO);
  }

  @Test
  void malformedLexiconLinesNameTheLine() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> LabelLexicon.parse("en INVOICE_ID invoice no\nen NOPE x\n"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("NOPE");
  }
}
