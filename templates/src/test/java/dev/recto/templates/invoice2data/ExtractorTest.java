package dev.recto.templates.invoice2data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keyword matching, field rules, options and the lines parser. */
class ExtractorTest {

  private static Invoice2DataTemplate yaml(String text) {
    return Invoice2DataLoader.parse("t.yml", "t.yml", text);
  }

  private static Invoice2DataOutcome run(Invoice2DataTemplate t, String text) {
    return Invoice2DataExtractor.extract(t, Invoice2DataInput.ofText(text));
  }

  private static Map<String, Value> fields(Invoice2DataTemplate t, String text) {
    Invoice2DataOutcome o = run(t, text);
    assertThat(o.extracted()).as(o.message()).isTrue();
    return o.fields().orElseThrow().values();
  }

  @Test
  void everyKeywordMustBeFoundAndNoExcludeKeyword() {
    Invoice2DataTemplate t =
        yaml("keywords: [ACME, 'Invoice \\d+']\nexclude_keywords: Credit note\n");
    assertThat(Invoice2DataExtractor.matches(t, "ACME Invoice 12")).isTrue();
    assertThat(Invoice2DataExtractor.matches(t, "ACME Invoice")).isFalse();
    assertThat(Invoice2DataExtractor.matches(t, "Invoice 12")).isFalse();
    assertThat(Invoice2DataExtractor.matches(t, "ACME Invoice 12 Credit note")).isFalse();
    Invoice2DataTemplates set = Invoice2DataTemplates.of(List.of(t));
    assertThat(set.extract(Invoice2DataInput.ofText("nothing")).status())
        .isEqualTo(Invoice2DataOutcome.Status.NO_TEMPLATE);
  }

  @Test
  void legacyFieldsAreTypedByTheirNames() {
    Invoice2DataTemplate t =
        yaml(
            """
            issuer: ACME
            keywords: [ACME]
            fields:
              amount: Total (\\d+,\\d\\d)
              date: Date (\\d\\d\\.\\d\\d\\.\\d{4})
              invoice_number: No (\\d+)
              vat: VAT ([A-Z]{2}\\d+)
              sum_amount_tax: ['Tax (\\d+,\\d\\d)', 'Tax2 (\\d+,\\d\\d)']
              static_ref: R1
            options: {decimal_separator: ",", date_formats: ["%d.%m.%Y"], currency: CHF}
            """);
    Map<String, Value> f =
        fields(t, "ACME No 42 Date 01.02.2024 Total 12,50 VAT CH123 Tax 1,00 Tax2 2,25");
    assertThat(f.get("amount")).isEqualTo(new Value.Real(12.5));
    assertThat(f.get("date")).isInstanceOf(Value.DateTime.class);
    assertThat(f.get("invoice_number")).isEqualTo(new Value.Text("42"));
    assertThat(f.get("vat")).isEqualTo(new Value.Text("CH123"));
    assertThat(f.get("amount_tax")).isEqualTo(new Value.Real(3.25));
    assertThat(f.get("ref")).isEqualTo(new Value.Text("R1"));
    assertThat(f.get("currency")).isEqualTo(new Value.Text("CHF"));
    assertThat(f.get("desc")).isEqualTo(new Value.Text("Invoice from ACME"));
  }

  @Test
  void regexFieldsDeduplicateGroupAndDropPatternsWithSeveralGroups() {
    Invoice2DataTemplate t =
        yaml(
            """
            keywords: [X]
            required_fields: []
            fields:
              refs: {parser: regex, regex: 'R(\\d)'}
              one: {parser: regex, regex: 'A(\\d)'}
              joined: {parser: regex, regex: ['R(\\d)', 'A(\\d)'], group: join}
              last: {parser: regex, regex: 'R(\\d)', group: last}
              biggest: {parser: regex, regex: 'R(\\d)', type: int, group: max}
              two_groups: {parser: regex, regex: '(R)(\\d)'}
              nothing: {parser: regex, regex: 'Z(\\d)'}
              zero: {parser: static, value: 0}
            """);
    Map<String, Value> f = fields(t, "X R1 R2 R1 A5");
    assertThat(f.get("refs"))
        .isEqualTo(new Value.Seq(List.of(new Value.Text("1"), new Value.Text("2"))));
    assertThat(f.get("one")).isEqualTo(new Value.Text("5"));
    assertThat(f.get("joined")).isEqualTo(new Value.Text("1 2 1 5"));
    assertThat(f.get("last")).isEqualTo(new Value.Text("1"));
    assertThat(f.get("biggest")).isEqualTo(new Value.Int(2));
    assertThat(f).doesNotContainKeys("two_groups", "nothing", "zero");
  }

  @Test
  void optionsPrepareTheTextBeforeFieldsAreSearched() {
    Invoice2DataTemplate t =
        yaml(
            """
            keywords: [Société]
            required_fields: [total, name]
            fields:
              total: {parser: regex, regex: 'total:(\\d+)'}
              name: {parser: regex, regex: '(societe)'}
            options:
              remove_whitespace: true
              remove_accents: true
              lowercase: true
              replace: [['TOTAL\\s?:', 'total:']]
            """);
    Map<String, Value> f = fields(t, "Société  TOTAL : 12");
    assertThat(f.get("total")).isEqualTo(new Value.Text("12"));
    assertThat(f.get("name")).isEqualTo(new Value.Text("societe"));
  }

  @Test
  void missingRequiredFieldsGiveNoResultAndSayWhich() {
    Invoice2DataTemplate t = yaml("keywords: [X]\nfields:\n  amount: T (\\d+)\n");
    Invoice2DataOutcome o = run(t, "X T 5");
    assertThat(o.status()).isEqualTo(Invoice2DataOutcome.Status.INCOMPLETE);
    assertThat(o.missingFields()).containsExactly("date", "invoice_number");
    assertThat(o.fields()).isEmpty();
  }

  @Test
  void aValueThatIsNoNumberFailsTheDocument() {
    Invoice2DataTemplate t =
        yaml(
            "keywords: [X]\nrequired_fields: [total]\n"
                + "fields:\n  total: {parser: regex, regex: 'T (\\S+)', type: float}\n");
    assertThat(run(t, "X T 1.2.3").status()).isEqualTo(Invoice2DataOutcome.Status.FAILED);
  }

  @Test
  void linesParserReadsRowsBetweenFirstAndLastLinesInEveryBlock() {
    Invoice2DataTemplate t =
        yaml(
            """
            keywords: [X]
            required_fields: [items]
            fields:
              items:
                parser: lines
                start: Items
                end: Subtotal
                first_line: '^(?P<pos>\\d+)\\s+(?P<desc>\\w+)\\s+(?P<price>\\d+,\\d\\d)$'
                line: '^\\s+(?P<desc>.+)$'
                last_line: '^\\s+(?P<desc>Ref \\d+)$'
                skip_line: 'Page \\d'
                types: {price: float}
            options: {decimal_separator: ","}
            """);
    String text =
        """
        X
          ignored before a first line
        Items
        1  Apple  1,50
           green
           Page 2
           Ref 7
           after the last line
        2  Pear  2,00

        Subtotal
        Items
        3  Plum  0,10
        Subtotal
        """;
    Value.Seq items = (Value.Seq) fields(t, text).get("items");
    assertThat(items.values())
        .containsExactly(
            row("pos", "1", "desc", "Apple\ngreen\nRef 7", "price", 1.5),
            row("pos", "2", "desc", "Pear", "price", 2.0),
            row("pos", "3", "desc", "Plum", "price", 0.1));
  }

  @Test
  void linesWithoutFirstLineStartARowOnEveryLineAndUnmatchedGroupsAreEmpty() {
    Invoice2DataTemplate t =
        yaml(
            """
            keywords: [X]
            required_fields: [lines]
            lines:
              start: Start
              end: End
              line: '(?P<code>[A-Z]\\d)(?: (?P<qty>\\d+))?'
              types: {qty: int}
            """);
    Value.Seq lines = (Value.Seq) fields(t, "X Start\nA1 2\nB3\nEnd").get("lines");
    assertThat(lines.values())
        .containsExactly(
            new Value.Row(Map.of("code", new Value.Text("A1"), "qty", new Value.Int(2))),
            new Value.Row(Map.of("code", new Value.Text("B3"), "qty", new Value.Int(0))));
  }

  @Test
  void tablesFillFieldsThatAreNotSetYet() {
    Invoice2DataTemplate t =
        yaml(
            """
            keywords: [X]
            required_fields: [amount_rooms, date_in, guest]
            fields:
              guest: {parser: static, value: Ann}
            tables:
              - start: Rooms
                end: Total
                body: '(?P<amount_rooms>\\d+)\\s+(?P<date_in>\\d\\d/\\d\\d/\\d{4})\\s+(?P<guest>\\w+)'
            """);
    Map<String, Value> f = fields(t, "X Rooms\n2  31/12/2017  Bob\nTotal");
    assertThat(f.get("amount_rooms")).isEqualTo(new Value.Real(2.0));
    assertThat(f.get("date_in")).isInstanceOf(Value.DateTime.class);
    assertThat(f.get("guest")).isEqualTo(new Value.Text("Ann"));
  }

  private static Value.Row row(String k1, String v1, String k2, String v2, String k3, double v3) {
    java.util.LinkedHashMap<String, Value> m = new java.util.LinkedHashMap<>();
    m.put(k1, new Value.Text(v1));
    m.put(k2, new Value.Text(v2));
    m.put(k3, new Value.Real(v3));
    return new Value.Row(m);
  }
}
