package dev.recto.templates.recto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.TemplateException;
import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.model.Document;
import dev.recto.core.model.Word;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Template text preparation: the prepared text, its trace back to words, and the YAML for it. */
class TextPreparationRuleTest {

  static Document invoice() {
    return new Pages()
        .text(50, 40, "Facture Société Générale")
        .text(50, 80, "Numéro F 2024 - 0017")
        .text(50, 120, "Montant 1 234,50 EUR")
        .document();
  }

  @Test
  void preparedTextRemovesSpacesAccentsAndCaseAndAppliesReplacementsInOrder() {
    TextOptions o =
        new TextOptions(
            true,
            true,
            true,
            List.of(new TextOptions.Replacement(Pattern.compile("societe"), "SOC")));
    TextPreparer.Prepared p = TextPreparer.prepare("Société  Générale é", o);
    assertThat(p.text()).isEqualTo("SOCgeneralee");
    // "SOC" maps to the start of "societe", 'g' to the 'G' at offset 9 of the original
    assertThat(p.origin()).hasSize(p.text().length());
    assertThat(p.origin()[0]).isZero();
    assertThat(p.origin()[3]).isEqualTo(9);
    for (int i = 1; i < p.origin().length; i++) {
      assertThat(p.origin()[i]).isGreaterThanOrEqualTo(p.origin()[i - 1]);
    }
  }

  @Test
  void textCopiedFromAGroupKeepsTheOriginsOfWhatItCopies() {
    // invoice2data's free.fr template rewrites "du 1er au 31 Juillet 2015" so that both dates
    // carry the month: the second date is then made of groups 2 and 3
    TextOptions o =
        new TextOptions(
            false,
            false,
            false,
            List.of(
                new TextOptions.Replacement(
                    Pattern.compile("du (\\d+er)( au \\d+)( \\w+ \\d{4})\\s+"), "du $1$3$2$3 ")));
    String original = "Periode du 1er au 31 Juillet 2015      29.99";
    TextPreparer.Prepared p = TextPreparer.prepare(original, o);
    assertThat(p.text()).isEqualTo("Periode du 1er Juillet 2015 au 31 Juillet 2015 29.99");
    // the first copy of group 3 keeps its origins; " au 31" and the second copy come after it in
    // the prepared text, so they are raised to its end: inside "2015", not traced to nothing
    assertThat(p.origin()[p.text().indexOf("Juillet")]).isEqualTo(original.indexOf("Juillet"));
    int year = original.indexOf("2015");
    assertThat(p.origin()[p.text().lastIndexOf("Juillet")]).isBetween(year, year + 3);
    assertThat(p.origin()[p.text().indexOf("31")]).isBetween(year, year + 3);
    int oneEr = p.text().indexOf("1er");
    assertThat(p.origin()[oneEr]).isEqualTo(original.indexOf("1er"));
    for (int i = 1; i < p.origin().length; i++) {
      assertThat(p.origin()[i]).isGreaterThanOrEqualTo(p.origin()[i - 1]);
    }
    assertThat(p.origin()[p.text().indexOf("29.99")]).isEqualTo(original.indexOf("29.99"));
  }

  @Test
  void namedGroupsAndEscapesInAReplacementAreExpandedAsJavaDoes() {
    TextOptions o =
        new TextOptions(
            false,
            false,
            false,
            List.of(
                new TextOptions.Replacement(
                    Pattern.compile("(?<int>\\d+),(?<dec>\\d\\d)"), "${int}.${dec}\\$")));
    TextPreparer.Prepared p = TextPreparer.prepare("Total 12,50 EUR", o);
    assertThat(p.text()).isEqualTo("Total 12.50$ EUR");
    assertThat(p.origin()[p.text().indexOf("50")]).isEqualTo("Total 12,50".indexOf("50"));
  }

  @Test
  void aMatchInThePreparedTextIsTracedToTheWordsItCameFrom() {
    Document doc = invoice();
    LayoutText text = LayoutText.of(doc).prepared(new TextOptions(true, true, true, List.of()));
    assertThat(text.text()).contains("numerof2024-0017");
    int at = text.text().indexOf("f2024-0017");
    List<Word> words = text.wordsIn(at, at + "f2024-0017".length());
    assertThat(words).extracting(Word::text).containsExactly("F", "2024", "-", "0017");
  }

  @Test
  void aRegexFieldRunsOnThePreparedTextAndKeepsProvenance() {
    Document doc = invoice();
    FieldRule id =
        new FieldRule(
            FieldKey.INVOICE_ID,
            new Locator.Regex(Pattern.compile("numero(f[\\d-]+)")),
            null,
            ParseOptions.NONE);
    RectoTemplate t = template(new TextOptions(true, true, true, List.of()), id);
    ExtractedField f =
        TemplateExtractor.extract(t, doc, LayoutText.of(doc)).fields().get(FieldKey.INVOICE_ID);
    assertThat(f.value()).isEqualToIgnoringCase("f2024-0017");
    assertThat(f.provenance()).hasSize(4);

    RectoTemplate plain = template(TextOptions.NONE, id);
    assertThat(TemplateExtractor.extract(plain, doc, LayoutText.of(doc)).fields())
        .doesNotContainKey(FieldKey.INVOICE_ID);
  }

  @Test
  void textOptionsSurviveWritingAndReading() {
    String yaml =
        """
        issuer: Société Générale
        match:
          keywords: [Facture]
        text:
          remove_whitespace: true
          lowercase: true
          replace:
            - ['(\\d+),(\\d{2})', '$1.$2']
            - ['eur', '']
        fields:
          InvoiceTotal:
            regex: montant([\\d.]+)
        """;
    RectoTemplate t = RectoTemplateLoader.parse("sg.yml", "sg", yaml);
    assertThat(t.text().removeWhitespace()).isTrue();
    assertThat(t.text().removeAccents()).isFalse();
    assertThat(t.text().replace()).hasSize(2);
    String written = RectoTemplateWriter.write(t);
    RectoTemplate back = RectoTemplateLoader.parse("sg.yml", "sg", written);
    assertThat(RectoTemplateWriter.write(back)).isEqualTo(written);

    Document doc = invoice();
    ExtractedField total =
        TemplateExtractor.extract(back, doc, LayoutText.of(doc))
            .fields()
            .get(FieldKey.INVOICE_TOTAL);
    assertThat(total.value()).isEqualTo("1234.50");
    assertThat(total.provenance()).extracting(p -> p.pageIndex()).containsOnly(0);
  }

  @Test
  void loaderErrorsNameTheFileAndThePath() {
    String head = "issuer: X\nmatch:\n  keywords: [Facture]\n";
    assertThatThrownBy(
            () -> RectoTemplateLoader.parse("x.yml", "x", head + "text:\n  trim: true\n"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("x.yml")
        .hasMessageContaining("text")
        .hasMessageContaining("trim");
    assertThatThrownBy(
            () ->
                RectoTemplateLoader.parse("x.yml", "x", head + "text:\n  replace:\n    - ['a']\n"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("text.replace[0]");
    assertThatThrownBy(
            () ->
                RectoTemplateLoader.parse("x.yml", "x", head + "text:\n  lowercase: yes please\n"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("text.lowercase");
  }

  static RectoTemplate template(TextOptions text, FieldRule... rules) {
    java.util.Map<FieldKey, FieldRule> fields = new java.util.EnumMap<>(FieldKey.class);
    for (FieldRule r : rules) {
      fields.put(r.key(), r);
    }
    return new RectoTemplate(
        "t",
        "test",
        "Vendor",
        5,
        new MatchRules(List.of("Facture"), List.of(), List.of(), List.of()),
        ParseOptions.NONE,
        fields,
        java.util.Map.of(),
        List.of(),
        List.of(),
        text);
  }
}
