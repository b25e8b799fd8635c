package dev.recto.extraction.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.LineItemKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderLexiconTest {

  private final HeaderLexicon lexicon = new HeaderLexicon();

  private LineItemKey key(String... words) {
    return lexicon.lookup(List.of(words)).map(HeaderLexicon.Term::key).orElse(null);
  }

  @Test
  void namesColumnsInSevenLanguagesWithAccentsFolded() {
    assertThat(key("Désignation")).isEqualTo(LineItemKey.DESCRIPTION);
    assertThat(key("Bezeichnung")).isEqualTo(LineItemKey.DESCRIPTION);
    assertThat(key("Descrição")).isEqualTo(LineItemKey.DESCRIPTION);
    assertThat(key("Qté")).isEqualTo(LineItemKey.QUANTITY);
    assertThat(key("Q.tà")).isEqualTo(LineItemKey.QUANTITY);
    assertThat(key("Aantal")).isEqualTo(LineItemKey.QUANTITY);
    assertThat(key("Einheit")).isEqualTo(LineItemKey.UNIT);
    assertThat(key("P.U.")).isEqualTo(LineItemKey.UNIT_PRICE);
    assertThat(key("Precio", "unitario")).isEqualTo(LineItemKey.UNIT_PRICE);
    assertThat(key("MwSt.", "%")).isEqualTo(LineItemKey.TAX_RATE);
    assertThat(key("Importe")).isEqualTo(LineItemKey.AMOUNT);
    assertThat(key("Art.-Nr.")).isEqualTo(LineItemKey.PRODUCT_CODE);
    assertThat(key("Réf.")).isEqualTo(LineItemKey.PRODUCT_CODE);
  }

  @Test
  void readsAbbreviationsAndOcrSlips() {
    assertThat(key("Aant.")).isEqualTo(LineItemKey.QUANTITY);
    assertThat(key("Beschreibg.")).isNull();
    assertThat(key("Quantlty")).isEqualTo(LineItemKey.QUANTITY);
    assertThat(key("Descriptlon")).isEqualTo(LineItemKey.DESCRIPTION);
    assertThat(key("Artikelcode")).isEqualTo(LineItemKey.PRODUCT_CODE);
  }

  @Test
  void itemIsAProductCodeThatFallsBackToTheDescription() {
    HeaderLexicon.Term item = lexicon.lookup(List.of("Item")).orElseThrow();
    assertThat(item.key()).isEqualTo(LineItemKey.PRODUCT_CODE);
    assertThat(item.fallback()).isEqualTo(LineItemKey.DESCRIPTION);
  }

  @Test
  void ordinaryWordsAreNoHeadings() {
    assertThat(key("Invoice")).isNull();
    assertThat(key("Thank", "you")).isNull();
  }
}
