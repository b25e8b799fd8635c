package dev.recto.templates.recto;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.Document;
import dev.recto.core.model.Page;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Word;
import dev.recto.templates.regex.InterruptibleText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Applies one {@link RectoTemplate} to a document and returns its fields with provenance: every
 * {@link ExtractedField} lists the page and box of each word its value was read from.
 *
 * <p>Confidence: a template field is given {@value #SCORE} as both raw score and confidence, a
 * fixed prior (templates are written or reviewed for the vendor); {@link TemplateFieldExtractor}
 * scales the document-level fields' by the match score, and the processor's calibrator turns them
 * into probabilities.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * InvoiceFields fields = TemplateExtractor.extract(template, document, LayoutText.of(document));
 * }</pre>
 */
public final class TemplateExtractor {

  /**
   * The id of the template stage; a field from a template carries {@link #extractorId} ({@code
   * templates:NAME}).
   */
  public static final String ID = "templates";

  /**
   * The extractor id of the fields a template gives: {@code templates:NAME}, so that a result says
   * which template each field came from.
   */
  public static String extractorId(RectoTemplate template) {
    return ID + ":" + template.name();
  }

  private static ExtractedField withExtractor(ExtractedField f, String id) {
    return new ExtractedField(
        f.value(), f.currency(), f.rawText(), f.rawScore(), f.confidence(), f.provenance(), id);
  }

  /** Raw score and confidence of a template field. */
  static final double SCORE = 0.9;

  private TemplateExtractor() {}

  /** The template's fields on {@code document}; {@code text} is the document's layout text. */
  public static InvoiceFields extract(RectoTemplate template, Document document, LayoutText text) {
    Map<FieldKey, ExtractedField> out = new EnumMap<>(FieldKey.class);
    List<PageRows> rows = new ArrayList<>();
    for (Page p : document.pages()) {
      rows.add(PageRows.of(p));
    }
    String id = extractorId(template);
    LayoutText prepared = text.prepared(template.text());
    Map<TextArea, LayoutText> areaTexts = new java.util.HashMap<>();
    java.util.function.Function<TextArea, LayoutText> areas =
        area ->
            areaTexts.computeIfAbsent(
                area, x -> LayoutText.of(x.crop(document)).prepared(template.text()));
    Evidence evidence = new Evidence(template, text, rows);
    for (FieldRule rule : template.fields().values()) {
      valueOf(rule, template, prepared, rows, areas, evidence)
          .ifPresent(f -> out.put(rule.key(), withExtractor(f, id)));
    }
    Map<String, ExtractedField> custom = new java.util.TreeMap<>();
    for (CustomFieldRule rule : template.customFields().values()) {
      valueOf(rule, template, prepared, rows, areas, evidence)
          .ifPresent(f -> custom.put(rule.name(), withExtractor(f, id)));
    }
    Map<FieldKey, ExtractedField> fromTables = new EnumMap<>(FieldKey.class);
    fromTables.putAll(out);
    Map<String, ExtractedField> customFromTables = new java.util.TreeMap<>(custom);
    for (TableFieldRule t : template.tables()) {
      TableReader.read(t, template.options(), prepared, fromTables, customFromTables);
    }
    fromTables.forEach((k, f) -> out.putIfAbsent(k, withExtractor(f, id)));
    customFromTables.forEach((k, f) -> custom.putIfAbsent(k, withExtractor(f, id)));
    List<LineItem> items = new ArrayList<>();
    for (LineItemRule r : template.lineItems()) {
      for (LineItem item : LineItemReader.read(r, template.options(), prepared)) {
        Map<LineItemKey, ExtractedField> cells = new EnumMap<>(LineItemKey.class);
        item.fields().forEach((k, f) -> cells.put(k, withExtractor(f, id)));
        Map<String, ExtractedField> customCells = new java.util.TreeMap<>();
        item.customFields().forEach((k, f) -> customCells.put(k, withExtractor(f, id)));
        items.add(new LineItem(cells, customCells));
      }
    }
    return new InvoiceFields(out, items, custom);
  }

  /** The template's evidence, looked for once, when a constant first needs it. */
  private static final class Evidence {
    private final RectoTemplate template;
    private final LayoutText text;
    private final List<PageRows> rows;
    private Optional<Located> found;

    Evidence(RectoTemplate template, LayoutText text, List<PageRows> rows) {
      this.template = template;
      this.text = text;
      this.rows = rows;
    }

    Optional<Located> get() {
      if (found == null) {
        found = TemplateEvidence.find(template, text, rows);
      }
      return found;
    }
  }

  /** A core or custom field's value: a constant with the evidence, else what its locator finds. */
  private static Optional<ExtractedField> valueOf(
      ValueRule rule,
      RectoTemplate template,
      LayoutText prepared,
      List<PageRows> rows,
      java.util.function.Function<TextArea, LayoutText> areas,
      Evidence evidence) {
    if (rule.locator() instanceof Locator.Constant c) {
      return evidence.get().flatMap(e -> constant(rule, c, template.options(), e));
    }
    return extractField(rule, template.options(), prepared, rows, areas);
  }

  /**
   * A constant read by its field's type, with the template's evidence as provenance; empty when the
   * text does not read as the type.
   */
  private static Optional<ExtractedField> constant(
      ValueRule rule, Locator.Constant c, ParseOptions templateOptions, Located evidence) {
    ParseOptions options = templateOptions.overriddenBy(rule.options());
    return ValueReader.read(rule.type(), c.text(), rule.value(), options, rule.iban())
        .filter(r -> !r.value().isBlank())
        .map(
            r ->
                new ExtractedField(
                    r.value(),
                    r.currency(),
                    c.text().substring(r.start(), r.end()),
                    SCORE,
                    SCORE,
                    provenance(evidence.words()),
                    ID));
  }

  private static List<Provenance> provenance(List<Word> words) {
    List<Provenance> out = new ArrayList<>();
    for (Word w : words) {
      out.add(w.provenance().at(w.provenance().pageIndex(), w.box()));
    }
    return out;
  }

  /**
   * One field: the first candidate text that reads as a value, or the values at all matches reduced
   * by the rule's {@link Grouping}; {@code text} is the layout text prepared by the template.
   */
  static Optional<ExtractedField> extractField(
      ValueRule rule, ParseOptions templateOptions, LayoutText text, List<PageRows> rows) {
    return extractField(rule, templateOptions, text, rows, null);
  }

  /**
   * One field, with {@code areas} giving the prepared text of a regex locator's {@link TextArea}
   * (null: areas read the whole text).
   */
  static Optional<ExtractedField> extractField(
      ValueRule rule,
      ParseOptions templateOptions,
      LayoutText text,
      List<PageRows> rows,
      java.util.function.Function<TextArea, LayoutText> areas) {
    if (areas != null && rule.locator() instanceof Locator.Regex r && r.area() != null) {
      text = areas.apply(r.area());
    }
    ParseOptions options = templateOptions.overriddenBy(rule.options());
    if (rule.sum() && rule.locator() instanceof Locator.Anchor a) {
      return sum(rule, options, summands(a, rows));
    }
    if (rule.group() != null && rule.locator() instanceof Locator.Regex r) {
      List<ExtractedField> values = new ArrayList<>();
      for (Located located : matches(r, text, Integer.MAX_VALUE)) {
        read(rule, options, located).ifPresent(values::add);
      }
      return GroupReducer.reduce(rule.group(), rule.type(), values);
    }
    for (Located located : locate(rule.locator(), text, rows)) {
      Optional<ExtractedField> f = read(rule, options, located);
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  /**
   * For a summing anchor: per occurrence of the label that starts its phrase ({@code VAT 19%}, not
   * {@code Total excl. VAT}), its candidate texts, best first.
   */
  private static List<List<Located>> summands(Locator.Anchor a, List<PageRows> pages) {
    List<String> tokens = Folding.tokens(a.label());
    List<List<Located>> out = new ArrayList<>();
    for (PageRows page : pages) {
      for (AnchorFinder.Hit hit : AnchorFinder.find(page, tokens)) {
        if (hit.first() == 0) {
          out.add(
              a.direction() == Direction.RIGHT
                  ? AnchorFinder.right(page, hit, a.distance())
                  : AnchorFinder.below(page, hit, a.distance(), a.lines(), a.skip()));
        }
      }
    }
    return out;
  }

  /**
   * The sum of the first value read for each label occurrence (places that share a word count
   * once); empty when none reads, or when two read in different currencies.
   */
  private static Optional<ExtractedField> sum(
      ValueRule rule, ParseOptions options, List<List<Located>> summands) {
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    String currency = null;
    List<String> raws = new ArrayList<>();
    List<Provenance> provenance = new ArrayList<>();
    java.util.Set<Word> used =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (List<Located> candidates : summands) {
      Optional<ExtractedField> f = Optional.empty();
      Located located = null;
      for (Located c : candidates) {
        f = read(rule, options, c);
        if (f.isPresent()) {
          located = c;
          break;
        }
      }
      if (f.isEmpty()) {
        continue;
      }
      List<Word> words = located.words();
      if (words.stream().anyMatch(used::contains)) {
        continue;
      }
      used.addAll(words);
      String c = f.get().currency();
      if (c != null && currency != null && !c.equals(currency)) {
        return Optional.empty();
      }
      currency = currency == null ? c : currency;
      total = total.add(new java.math.BigDecimal(f.get().value()));
      raws.add(f.get().rawText());
      provenance.addAll(f.get().provenance());
    }
    if (raws.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ExtractedField(
            total.toPlainString(),
            currency,
            String.join(" + ", raws),
            SCORE,
            SCORE,
            provenance,
            ID));
  }

  /** Candidate texts for a locator, best first. */
  static List<Located> locate(Locator locator, LayoutText text, List<PageRows> pages) {
    List<Located> out = new ArrayList<>();
    if (locator instanceof Locator.Regex r) {
      out.addAll(matches(r, text, 4));
    } else if (locator instanceof Locator.Anchor a) {
      List<String> tokens = Folding.tokens(a.label());
      for (PageRows page : pages) {
        for (AnchorFinder.Hit hit : AnchorFinder.find(page, tokens)) {
          out.addAll(
              a.direction() == Direction.RIGHT
                  ? AnchorFinder.right(page, hit, a.distance())
                  : AnchorFinder.below(page, hit, a.distance(), a.lines(), a.skip()));
        }
      }
    } else if (locator instanceof Locator.Region g) {
      if (g.page() < pages.size()) {
        List<List<Word>> taken = new ArrayList<>();
        for (List<List<Word>> row : pages.get(g.page()).rows()) {
          List<Word> inRow = new ArrayList<>();
          for (List<Word> phrase : row) {
            for (Word w : phrase) {
              double cx = w.box().centerX();
              double cy = w.box().centerY();
              if (cx >= g.box().left()
                  && cx <= g.box().right()
                  && cy >= g.box().top()
                  && cy <= g.box().bottom()) {
                inRow.addAll(phrase);
                break;
              }
            }
          }
          if (!inRow.isEmpty()) {
            taken.add(inRow);
          }
        }
        if (!taken.isEmpty()) {
          out.add(Located.ofRows(taken));
        }
      }
    }
    return out;
  }

  /** The value spans of up to {@code limit} matches per pattern, pattern by pattern. */
  private static List<Located> matches(Locator.Regex r, LayoutText text, int limit) {
    List<Located> out = new ArrayList<>();
    for (java.util.regex.Pattern p : r.patterns()) {
      Matcher m = p.matcher(InterruptibleText.of(text.text()));
      int n = 0;
      while (n < limit && m.find()) {
        int[] span = ValueReader.span(m);
        out.add(Located.traced(text, span[0], span[1]));
        n++;
      }
    }
    return out;
  }

  private static Optional<ExtractedField> read(
      ValueRule rule, ParseOptions options, Located located) {
    return ValueReader.read(rule.type(), located.text(), rule.value(), options, rule.iban())
        .flatMap(r -> field(r, located));
  }

  /**
   * The field for a reading of a located text, traced to the words under the value (all the located
   * words when the value's range covers none); empty when there are no words or the value is blank.
   * Carries the stage id {@value #ID}; callers set the template's id.
   */
  static Optional<ExtractedField> field(ValueReader.Reading r, Located located) {
    List<Word> words = located.wordsIn(r.start(), r.end());
    if (words.isEmpty()) {
      words = located.words();
    }
    if (words.isEmpty() || r.value().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new ExtractedField(
            r.value(),
            r.currency(),
            located.text().substring(r.start(), r.end()),
            SCORE,
            SCORE,
            provenance(words),
            ID));
  }
}
