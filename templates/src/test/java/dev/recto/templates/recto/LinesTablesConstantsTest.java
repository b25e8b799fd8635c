package dev.recto.templates.recto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.Document;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Line items in {@code lines} mode, table fields and static values of Recto templates. */
class LinesTablesConstantsTest {

  static Document invoice() {
    return new Pages()
        .text(50, 40, "Globex BV")
        .text(50, 100, "Datum 05.03.2024")
        .text(50, 150, "Artikel")
        .text(300, 150, "Aantal")
        .text(400, 150, "Bedrag")
        .text(50, 164, "Lamp")
        .text(300, 164, "2")
        .text(350, 164, "21%")
        .text(400, 164, "10,00")
        .text(60, 178, "warm wit")
        .text(60, 192, "Serienummer: X1")
        .text(50, 206, "Kabel")
        .text(300, 206, "1")
        .text(350, 206, "9%")
        .text(400, 206, "3,50")
        .text(50, 230, "Exclusief BTW")
        .text(50, 260, "Periode")
        .text(50, 274, "Van 01.02.2024")
        .text(50, 288, "Klant 4711")
        .text(50, 302, "Einde periode")
        .document();
  }

  static RectoTemplate template(String extra) {
    return RectoTemplateLoader.parse(
        "globex.yml",
        "globex",
        """
        issuer: Globex BV
        match: {keywords: [Globex]}
        options: {decimal_separator: ',', currency: EUR, date_formats: [dd.MM.yyyy]}
        fields:
          VendorName: {static: Globex BV (Nederland)}
          VendorTaxId: {static: NL001784249B01}
          InvoiceDate: {regex: 'Datum\\s+(\\S+)'}
        """
            + extra);
  }

  static final String LINES =
      """
      line_items:
        start: 'Artikel\\s+Aantal'
        end: 'Exclusief BTW'
        mode: lines
        first_line: '^(?<Description>\\S+)\\s+(?<Quantity>\\d+)\\s+(?<TaxRate>\\d+%)\\s+(?<Amount>\\d+,\\d{2})'
        row: '^\\s+(?<Description>\\S.*)$'
        skip_line: 'Serienummer'
      """;

  @Test
  void linesModeStartsRowsAtFirstLinesAddsContinuationsAndSkipsLines() {
    Document doc = invoice();
    InvoiceFields f = TemplateExtractor.extract(template(LINES), doc, LayoutText.of(doc));
    List<LineItem> items = f.lineItems();
    assertThat(items).hasSize(2);
    // continuation lines are appended after a newline; a text value folds it to a space
    assertThat(value(items.get(0), LineItemKey.DESCRIPTION)).isEqualTo("Lamp warm wit");
    assertThat(items.get(0).get(LineItemKey.DESCRIPTION).orElseThrow().rawText())
        .isEqualTo("Lamp\nwarm wit");
    assertThat(value(items.get(0), LineItemKey.QUANTITY)).isEqualTo("2.00");
    assertThat(value(items.get(0), LineItemKey.TAX_RATE)).isEqualTo("0.21");
    assertThat(value(items.get(0), LineItemKey.AMOUNT)).isEqualTo("10.00");
    assertThat(value(items.get(1), LineItemKey.DESCRIPTION)).isEqualTo("Kabel");
    assertThat(value(items.get(1), LineItemKey.AMOUNT)).isEqualTo("3.50");
    ExtractedField description = items.get(0).get(LineItemKey.DESCRIPTION).orElseThrow();
    assertThat(description.provenance()).hasSize(3); // Lamp, warm, wit: two rows
    assertThat(description.provenance().get(2).box().top())
        .isCloseTo(178 / Pages.H, Offset.offset(1e-6));
    assertThat(description.extractorId()).isEqualTo("templates:globex");
  }

  @Test
  void withoutFirstAndLastLinesEveryMatchingLineIsARow() {
    String rows =
        """
        line_items:
          start: 'Artikel'
          end: 'Exclusief'
          mode: lines
          row: '^(?<Description>[A-Z]\\S+)\\s+(?<Quantity>\\d+)\\s'
        """;
    Document doc = invoice();
    InvoiceFields f = TemplateExtractor.extract(template(rows), doc, LayoutText.of(doc));
    assertThat(f.lineItems())
        .extracting(i -> value(i, LineItemKey.DESCRIPTION))
        .containsExactly("Lamp", "Kabel");
  }

  @Test
  void tablesFillOnlyTheFieldsThatAreStillEmpty() {
    String tables =
        """
        tables:
          - start: 'Periode'
            end: 'Einde periode'
            row: '(?:Van\\s+(?<InvoiceDate>\\S+))|(?:Klant\\s+(?<CustomerId>\\d+))'
        """;
    Document doc = invoice();
    InvoiceFields f = TemplateExtractor.extract(template(tables), doc, LayoutText.of(doc));
    assertThat(f.fields().get(FieldKey.CUSTOMER_ID).value()).isEqualTo("4711");
    assertThat(f.fields().get(FieldKey.CUSTOMER_ID).provenance().get(0).box().top())
        .isCloseTo(288 / Pages.H, Offset.offset(1e-6));
    // the regex field found the date first; the table's date does not replace it
    assertThat(f.fields().get(FieldKey.INVOICE_DATE).value()).isEqualTo("2024-03-05");
  }

  @Test
  void staticValuesCarryTheTemplatesEvidenceAsProvenance() {
    Document doc = invoice();
    InvoiceFields f = TemplateExtractor.extract(template(""), doc, LayoutText.of(doc));
    ExtractedField name = f.fields().get(FieldKey.VENDOR_NAME);
    assertThat(name.value()).isEqualTo("Globex BV (Nederland)");
    assertThat(name.rawText()).isEqualTo("Globex BV (Nederland)");
    assertThat(name.provenance()).hasSize(1);
    assertThat(name.provenance().get(0).box().top()).isCloseTo(40 / Pages.H, Offset.offset(1e-6));
    assertThat(f.fields().get(FieldKey.VENDOR_TAX_ID).value()).isEqualTo("NL001784249B01");
  }

  @Test
  void staticValuesAreLeftOutWhenTheTemplatesEvidenceIsNotOnThePage() {
    Document other =
        new Pages().text(50, 40, "Initech").text(50, 100, "Datum 05.03.2024").document();
    InvoiceFields f = TemplateExtractor.extract(template(""), other, LayoutText.of(other));
    assertThat(f.fields()).doesNotContainKey(FieldKey.VENDOR_NAME);
    assertThat(f.fields()).containsKey(FieldKey.INVOICE_DATE);
  }

  @Test
  void linesTablesAndStaticValuesSurviveWritingAndReading() {
    String tables =
        """
        tables:
          - start: 'Periode'
            end: 'Einde periode'
            row: 'Klant\\s+(?<CustomerId>\\d+)'
        """;
    RectoTemplate t = template(LINES + tables);
    String yaml = RectoTemplateWriter.write(t);
    RectoTemplate back = RectoTemplateLoader.parse("globex.yml", "globex", yaml);
    assertThat(RectoTemplateWriter.write(back)).isEqualTo(yaml);
    assertThat(back.lineItems()).hasSize(1);
    assertThat(back.lineItems().get(0).mode()).isEqualTo(LineItemRule.Mode.LINES);
    assertThat(back.lineItems().get(0).skipLine()).hasSize(1);
    assertThat(back.tables()).hasSize(1);
    assertThat(back.fields().get(FieldKey.VENDOR_NAME).locator())
        .isEqualTo(new Locator.Constant("Globex BV (Nederland)"));
    Document doc = invoice();
    assertThat(TemplateExtractor.extract(back, doc, LayoutText.of(doc)).lineItems()).hasSize(2);
  }

  @Test
  void severalLineItemTablesAreReadInOrder() {
    String two =
        """
        line_items:
          - start: 'Artikel'
            end: 'Exclusief'
            mode: lines
            row: '^(?<Description>Lamp)\\s'
          - start: 'Artikel'
            row: '^(?<Description>Kabel)\\s'
        """;
    Document doc = invoice();
    InvoiceFields f = TemplateExtractor.extract(template(two), doc, LayoutText.of(doc));
    assertThat(f.lineItems())
        .extracting(i -> value(i, LineItemKey.DESCRIPTION))
        .containsExactly("Lamp", "Kabel");
  }

  @Test
  void badLineAndTableRulesNameTheirPath() {
    assertThatThrownBy(
            () ->
                template(
                    """
                    line_items:
                      start: a
                      mode: lines
                      row: b
                    """))
        .hasMessageContaining("line_items")
        .hasMessageContaining("mode lines needs an end");
    assertThatThrownBy(
            () ->
                template(
                    """
                    line_items:
                      start: a
                      row: b
                      skip_line: c
                    """))
        .hasMessageContaining("need mode lines");
    assertThatThrownBy(() -> template("line_items: {start: a, end: b, mode: blocks, row: c}\n"))
        .hasMessageContaining("line_items.mode")
        .hasMessageContaining("matches or lines");
    assertThatThrownBy(() -> template("tables: [{start: a, row: b}]\n"))
        .hasMessageContaining("tables[0].end")
        .hasMessageContaining("required");
    assertThatThrownBy(
            () ->
                RectoTemplateLoader.parse(
                    "x.yml",
                    "x",
                    "issuer: X\nmatch: {keywords: [X]}\nfields: {VendorName: {static: X, regex: Y}}\n"))
        .hasMessageContaining("fields.VendorName")
        .hasMessageContaining("exactly one of regex, anchor, region, static");
  }

  static final String CUSTOM =
      """
      custom_fields:
        period_start:
          type: date
          regex: 'Van\\s+(\\S+)'
        partner_country: {static: NL}
      tables:
        - start: 'Periode'
          end: 'Einde periode'
          row: 'Klant\\s+(?<clientNumber>\\d+)'
          types: {client_number: identifier}
      """;

  @Test
  void customFieldsAreReadByTheirTypeWithProvenanceAndSurviveWriting() {
    Document doc = invoice();
    RectoTemplate t = template(CUSTOM);
    InvoiceFields f = TemplateExtractor.extract(t, doc, LayoutText.of(doc));
    assertThat(f.customFields())
        .containsOnlyKeys("period_start", "partner_country", "client_number");
    ExtractedField start = f.customFields().get("period_start");
    assertThat(start.value()).isEqualTo("2024-02-01");
    assertThat(start.provenance().get(0).box().top()).isCloseTo(274 / Pages.H, Offset.offset(1e-6));
    assertThat(start.extractorId()).isEqualTo("templates:globex");
    assertThat(f.customFields().get("partner_country").value()).isEqualTo("NL");
    assertThat(f.customFields().get("client_number").value()).isEqualTo("4711");
    String yaml = RectoTemplateWriter.write(t);
    RectoTemplate back = RectoTemplateLoader.parse("globex.yml", "globex", yaml);
    assertThat(RectoTemplateWriter.write(back)).isEqualTo(yaml);
    assertThat(TemplateExtractor.extract(back, doc, LayoutText.of(doc)).customFields())
        .isEqualTo(f.customFields());
  }

  @Test
  void namedGroupsThatAreNoLineItemKeyGiveCustomColumns() {
    String lines =
        """
        line_items:
          start: 'Artikel\\s+Aantal'
          end: 'Exclusief BTW'
          mode: lines
          first_line: '^(?<Description>\\S+)\\s+(?<Quantity>\\d+)\\s+(?<vatClass>\\d+)%'
          row: '^\\s+Serienummer:\\s+(?<serialNumber>\\S+)'
          types: {vat_class: number}
        """;
    Document doc = invoice();
    RectoTemplate t = template(lines);
    InvoiceFields f = TemplateExtractor.extract(t, doc, LayoutText.of(doc));
    assertThat(f.lineItems()).hasSize(2);
    LineItem lamp = f.lineItems().get(0);
    assertThat(lamp.customFields()).containsOnlyKeys("serial_number", "vat_class");
    assertThat(lamp.customFields().get("serial_number").value()).isEqualTo("X1");
    assertThat(lamp.customFields().get("serial_number").provenance().get(0).box().top())
        .isCloseTo(192 / Pages.H, Offset.offset(1e-6));
    assertThat(new java.math.BigDecimal(lamp.customFields().get("vat_class").value()))
        .isEqualByComparingTo("21");
    assertThat(f.lineItems().get(1).customFields()).containsOnlyKeys("vat_class");
    String yaml = RectoTemplateWriter.write(t);
    assertThat(RectoTemplateWriter.write(RectoTemplateLoader.parse("g.yml", "globex", yaml)))
        .isEqualTo(yaml);
  }

  @Test
  void aRegexFieldWithAnAreaSearchesOnlyTheWordsInside() {
    Document doc = invoice();
    // "Van 01.02.2024" is at y = 274 pt; an area around it alone, in points, and page-relative
    String inPoints =
        """
        custom_fields:
          period_start:
            type: date
            regex: '(\\d{2}\\.\\d{2}\\.\\d{4})'
            area: {from_page: 0, points: [40, 268, 300, 284]}
        """;
    InvoiceFields f = TemplateExtractor.extract(template(inPoints), doc, LayoutText.of(doc));
    // without the area the first date in the text would be the invoice date, 05.03.2024
    assertThat(f.customFields().get("period_start").value()).isEqualTo("2024-02-01");
    assertThat(f.customFields().get("period_start").provenance().get(0).box().top())
        .isCloseTo(274 / Pages.H, Offset.offset(1e-6));
    String relative =
        inPoints.replace("points: [40, 268, 300, 284]", "box: [0.05, 0.318, 0.5, 0.337]");
    assertThat(
            TemplateExtractor.extract(template(relative), doc, LayoutText.of(doc))
                .customFields()
                .get("period_start")
                .value())
        .isEqualTo("2024-02-01");
    String yaml = RectoTemplateWriter.write(template(inPoints));
    assertThat(yaml).contains("points:");
    assertThat(RectoTemplateWriter.write(RectoTemplateLoader.parse("g.yml", "globex", yaml)))
        .isEqualTo(yaml);
    assertThatThrownBy(
            () -> template("custom_fields: {x: {static: a, area: {points: [0, 0, 1, 1]}}}\n"))
        .hasMessageContaining("custom_fields.x.area");
  }

  @Test
  void badCustomFieldsNameTheirPath() {
    assertThatThrownBy(() -> template("custom_fields: {Order-Id: {regex: x}}\n"))
        .hasMessageContaining("custom_fields.Order-Id")
        .hasMessageContaining("snake case");
    assertThatThrownBy(() -> template("custom_fields: {order_id: {type: colour, regex: x}}\n"))
        .hasMessageContaining("custom_fields.order_id.type");
    assertThatThrownBy(() -> template("custom_fields: {order_id: {regex: x, sum: true}}\n"))
        .hasMessageContaining("unknown key 'sum'");
  }

  @Test
  void groupNamesAndCustomNamesConvertBothWays() {
    assertThat(TableFieldRule.snakeCase("dateCheckIn")).isEqualTo("date_check_in");
    assertThat(TableFieldRule.camelCase("date_check_in")).isEqualTo("dateCheckIn");
    assertThat(TableFieldRule.snakeCase(TableFieldRule.camelCase("partner_street2")))
        .isEqualTo("partner_street2");
  }

  private static String value(LineItem item, LineItemKey key) {
    return item.get(key).map(ExtractedField::value).orElse(null);
  }
}
