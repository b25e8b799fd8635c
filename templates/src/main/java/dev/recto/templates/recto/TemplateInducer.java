package dev.recto.templates.recto;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.FieldType;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Document;
import dev.recto.core.model.Page;
import dev.recto.core.model.Word;
import dev.recto.extraction.eval.FieldComparison;
import dev.recto.extraction.parse.DateOrder;
import dev.recto.extraction.parse.DateParser;
import dev.recto.extraction.parse.Ibans;
import dev.recto.extraction.parse.Money;
import dev.recto.extraction.parse.MoneyParser;
import dev.recto.extraction.parse.NumberConvention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a template from one reviewed document: the document and the correct (normalized) value of
 * each field. Nothing else is needed; the words and boxes of each value are found here.
 *
 * <p><b>Method.</b> For each field the document's words are searched for the value as its type
 * reads it (money and dates parsed under each convention and order, identifiers compared without
 * spaces, text and addresses token by token, across rows). For each occurrence a rule is proposed,
 * in this order: an anchor to the right (the label is the words before the value in its phrase, or
 * the previous phrase of the row, cut before its first word with a digit), an anchor below (the
 * nearest phrase above in the value's column that is not another field's value, counting the value
 * phrases passed over as {@code skip}), and a fixed region around the value. A rule is kept only
 * when it gives the value back on the example itself. Identifier values are generalized to their
 * shape (letters, digits, punctuation: {@code PO-683267} becomes {@code \p{L}+-\d+}); money keeps
 * the decimal separator and dates the day-month order they were printed with; the currency field
 * reads the currency beside the total, else the example's. The keywords are the stable label words
 * of the anchors.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * RectoTemplate t = TemplateInducer.induce("acme", "ACME GmbH", document, Map.of(
 *     FieldKey.INVOICE_ID, "2023-7170", FieldKey.INVOICE_TOTAL, "1969.88"));
 * }</pre>
 */
public final class TemplateInducer {

  private static final int MAX_WORDS = 8;

  /**
   * A label further left of its value than this (page-relative, with the anchor's slack) is likely
   * another column's text on the same row: such anchors are tried after the others.
   */
  private static final double FAR_RIGHT = 0.25;

  /**
   * An amount with two decimals, for summing rules: keeps tax ids and rates ({@code 19%}) next to a
   * repeated label out of the sum.
   */
  private static final Pattern AMOUNT_SHAPE =
      Pattern.compile("(?<![\\p{L}\\d.,])-?\\d{1,3}(?:[.,'\\u00a0 ]?\\d{3})*[.,]\\d{2}(?!\\d)");

  private static final int ROWS_ABOVE = 6;

  private TemplateInducer() {}

  /**
   * A template that extracts {@code values} from documents laid out like {@code example}; fields
   * whose value is not found, or for which no rule gives it back, are left out.
   *
   * @param values normalized values as {@link FieldType} writes them
   */
  public static RectoTemplate induce(
      String name, String issuer, Document example, Map<FieldKey, String> values) {
    LayoutText text = LayoutText.of(example);
    List<PageRows> pages = new ArrayList<>();
    for (Page p : example.pages()) {
      pages.add(PageRows.of(p));
    }
    Map<FieldKey, List<Occurrence>> found = new EnumMap<>(FieldKey.class);
    Set<Word> valueWords = new HashSet<>();
    for (Map.Entry<FieldKey, String> e : values.entrySet()) {
      if (e.getKey().type() == FieldType.CURRENCY_CODE) {
        continue;
      }
      List<Occurrence> occ = occurrences(pages, e.getKey(), e.getValue());
      found.put(e.getKey(), occ);
      for (Occurrence o : occ) {
        valueWords.addAll(o.words);
      }
    }
    String currency = values.get(FieldKey.CURRENCY);
    ParseOptions base = new ParseOptions(List.of(), null, null, currency);
    Map<FieldKey, FieldRule> rules = new EnumMap<>(FieldKey.class);
    Set<String> labels = new LinkedHashSet<>();
    for (Map.Entry<FieldKey, List<Occurrence>> e : found.entrySet()) {
      FieldKey key = e.getKey();
      String truth = values.get(key);
      for (FieldRule rule : proposals(key, e.getValue(), pages, valueWords)) {
        Optional<ExtractedField> f = TemplateExtractor.extractField(rule, base, text, pages);
        if (f.isPresent() && FieldComparison.matches(key.type(), truth, f.get().value())) {
          rules.put(key, rule);
          if (rule.locator() instanceof Locator.Anchor a) {
            labels.add(a.label());
          }
          break;
        }
      }
    }
    for (Map.Entry<FieldKey, String> e : values.entrySet()) {
      FieldKey key = e.getKey();
      if (key.type() == FieldType.MONEY && !rules.containsKey(key)) {
        sumRule(key, e.getValue(), pages, valueWords, base, text)
            .ifPresent(
                rule -> {
                  rules.put(key, rule);
                  labels.add(((Locator.Anchor) rule.locator()).label());
                });
      }
    }
    if (currency != null) {
      for (FieldKey money :
          List.of(FieldKey.INVOICE_TOTAL, FieldKey.AMOUNT_DUE, FieldKey.SUB_TOTAL)) {
        FieldRule r = rules.get(money);
        if (r != null) {
          rules.put(
              FieldKey.CURRENCY, new FieldRule(FieldKey.CURRENCY, r.locator(), null, r.options()));
          break;
        }
      }
    }
    List<String> keywords = labels.stream().limit(3).toList();
    MatchRules match =
        new MatchRules(
            keywords.isEmpty() ? List.of(issuer) : keywords, List.of(), List.of(), List.of());
    return new RectoTemplate(name, "induced", issuer, 5, match, base, rules, List.of());
  }

  /**
   * A rule that sums the amounts printed right of one label on several rows, when they add up to
   * {@code value} and no single place prints it: the total tax of an invoice that prints one tax
   * line per rate ({@code VAT 19% 7,753.48} and {@code VAT 7% 533.45}) and no total.
   */
  private static Optional<FieldRule> sumRule(
      FieldKey key,
      String value,
      List<PageRows> pages,
      Set<Word> valueWords,
      ParseOptions base,
      LayoutText text) {
    BigDecimal want = new BigDecimal(value);
    for (NumberConvention nc : List.of(NumberConvention.DOT, NumberConvention.COMMA)) {
      MoneyParser parser = new MoneyParser(nc);
      // label (folded) -> [sum, rows, widest gap, label as printed]
      Map<String, Object[]> groups = new java.util.LinkedHashMap<>();
      for (int pg = 0; pg < pages.size(); pg++) {
        PageRows page = pages.get(pg);
        for (int r = 0; r < page.rows().size(); r++) {
          for (List<Word> phrase : page.rows().get(r)) {
            for (int i = phrase.size() - 1; i >= Math.max(0, phrase.size() - MAX_WORDS); i--) {
              List<Word> words = phrase.subList(i, phrase.size());
              String joined = PageRows.join(words);
              var m =
                  AMOUNT_SHAPE.matcher(joined).find()
                      ? parser.parse(joined)
                      : Optional.<Money>empty();
              if (m.isEmpty()) {
                continue;
              }
              Occurrence o = new Occurrence(pg, r, 1, List.copyOf(words), ParseOptions.NONE);
              Optional<Locator.Anchor> a = rightLabel(page, o, valueWords);
              if (a.isEmpty() || isCurrency(a.get().label())) {
                continue; // a currency sign or code before the amount: try the longer text
              }
              {
                String k = String.join(" ", Folding.tokens(a.get().label()));
                Object[] g =
                    groups.computeIfAbsent(
                        k, x -> new Object[] {BigDecimal.ZERO, 0, 0.0, a.get().label()});
                g[0] = ((BigDecimal) g[0]).add(m.get().amount());
                g[1] = (Integer) g[1] + 1;
                g[2] = Math.max((Double) g[2], a.get().distance());
              }
              break;
            }
          }
        }
      }
      for (Object[] g : groups.values()) {
        if ((Integer) g[1] < 2 || ((BigDecimal) g[0]).compareTo(want) != 0) {
          continue;
        }
        FieldRule rule =
            new FieldRule(
                key,
                new Locator.Anchor((String) g[3], Direction.RIGHT, (Double) g[2], 1, 0),
                AMOUNT_SHAPE,
                new ParseOptions(List.of(), null, nc.decimalSeparator(), null),
                true);
        Optional<ExtractedField> f = TemplateExtractor.extractField(rule, base, text, pages);
        if (f.isPresent() && FieldComparison.matches(key.type(), value, f.get().value())) {
          return Optional.of(rule);
        }
      }
    }
    return Optional.empty();
  }

  /** True for a currency sign or an ISO 4217 code ({@code EUR}, not {@code IVA}). */
  private static boolean isCurrency(String s) {
    if (s.matches("\\p{Sc}")) {
      return true;
    }
    return s.matches("[A-Z]{3}")
        && java.util.Currency.getAvailableCurrencies().stream()
            .anyMatch(c -> c.getCurrencyCode().equals(s));
  }

  /** Where a value is printed: its words in reading order, on one page. */
  private record Occurrence(int page, int row, int rows, List<Word> words, ParseOptions options) {
    BoundingBox box() {
      return AnchorFinder.box(words);
    }
  }

  // ---- finding the value -----------------------------------------------------------------

  private static List<Occurrence> occurrences(List<PageRows> pages, FieldKey key, String value) {
    List<Occurrence> out = new ArrayList<>();
    boolean multiRow = key.type() == FieldType.TEXT || key.type() == FieldType.ADDRESS;
    for (int pg = 0; pg < pages.size(); pg++) {
      List<List<List<Word>>> rows = pages.get(pg).rows();
      for (int r = 0; r < rows.size(); r++) {
        for (List<Word> phrase : rows.get(r)) {
          for (int i = 0; i < phrase.size(); i++) {
            if (multiRow) {
              tokensFrom(pages.get(pg), r, phrase, i, Folding.tokens(value))
                  .ifPresent(o -> out.add(o));
              continue;
            }
            for (int j = i; j < Math.min(phrase.size(), i + MAX_WORDS); j++) {
              List<Word> words = phrase.subList(i, j + 1);
              Optional<ParseOptions> o = reads(key, PageRows.join(words), value);
              if (o.isPresent()) {
                out.add(new Occurrence(pg, r, 1, List.copyOf(words), o.get()));
              }
            }
          }
        }
      }
      for (int k = 0; k < out.size(); k++) {
        Occurrence o = out.get(k);
        if (o.page == -1) {
          out.set(k, new Occurrence(pg, o.row, o.rows, o.words, o.options));
        }
      }
    }
    return out;
  }

  /** The options under which {@code text} reads as exactly {@code value}, if any. */
  private static Optional<ParseOptions> reads(FieldKey key, String text, String value) {
    switch (key.type()) {
      case MONEY -> {
        for (NumberConvention nc : List.of(NumberConvention.DOT, NumberConvention.COMMA)) {
          var m = new MoneyParser(nc).parse(text);
          if (m.isPresent() && m.get().amount().compareTo(new BigDecimal(value)) == 0) {
            return Optional.of(new ParseOptions(List.of(), null, nc.decimalSeparator(), null));
          }
        }
        return Optional.empty();
      }
      case DATE -> {
        for (DateOrder order : DateOrder.values()) {
          var d = new DateParser(order).parse(text);
          if (d.isPresent() && d.get().toString().equals(value)) {
            return Optional.of(new ParseOptions(List.of(), order, null, null));
          }
        }
        return Optional.empty();
      }
      case IDENTIFIER -> {
        String a = key == FieldKey.IBAN ? Ibans.normalize(text) : text;
        return FieldComparison.matches(FieldType.IDENTIFIER, value, a)
                && !text.isBlank()
                && Character.isLetterOrDigit(text.charAt(0))
            ? Optional.of(ParseOptions.NONE)
            : Optional.empty();
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /**
   * The value's tokens read from word {@code i} of a phrase on row {@code r} to the phrase's end,
   * then from phrases starting at about the same left edge on the next rows.
   */
  private static Optional<Occurrence> tokensFrom(
      PageRows page, int r, List<Word> phrase, int i, List<String> want) {
    if (want.isEmpty()) {
      return Optional.empty();
    }
    List<Word> words = new ArrayList<>();
    int t = 0;
    List<Word> current = phrase.subList(i, phrase.size());
    BoundingBox firstBox = AnchorFinder.box(phrase.subList(i, phrase.size()));
    int row = r;
    int rows = 0;
    while (true) {
      rows++;
      for (Word w : current) {
        for (String tok : Folding.tokens(w.text())) {
          if (t >= want.size() || !want.get(t).equals(tok)) {
            return Optional.empty();
          }
          t++;
        }
        words.add(w);
      }
      if (t == want.size()) {
        return Optional.of(new Occurrence(-1, r, rows, words, ParseOptions.NONE));
      }
      current = null;
      // the next row with a phrase aligned with the first; rows of other columns are passed over
      for (int next = row + 1;
          next < Math.min(page.rows().size(), row + 3) && current == null;
          next++) {
        for (List<Word> p : page.rows().get(next)) {
          if (AnchorFinder.aligned(AnchorFinder.box(p), firstBox)) {
            current = p;
            row = next;
            break;
          }
        }
      }
      if (current == null) {
        return Optional.empty();
      }
    }
  }

  // ---- proposing rules -------------------------------------------------------------------

  private static List<FieldRule> proposals(
      FieldKey key, List<Occurrence> occurrences, List<PageRows> pages, Set<Word> valueWords) {
    // Rules from the first page an occurrence is on come first: header fields repeated in a later
    // page's running head ("Invoice 123 (continued)") are not printed on one-page invoices.
    List<FieldRule> out = new ArrayList<>();
    List<Occurrence> sorted = new ArrayList<>(occurrences);
    sorted.sort(java.util.Comparator.comparingInt(o -> o.page));
    int i = 0;
    while (i < sorted.size()) {
      int page = sorted.get(i).page;
      int j = i;
      while (j < sorted.size() && sorted.get(j).page == page) {
        j++;
      }
      out.addAll(pageProposals(key, sorted.subList(i, j), pages, valueWords));
      i = j;
    }
    return out;
  }

  /** Rules for occurrences on one page: anchors to the right first, then the others. */
  private static List<FieldRule> pageProposals(
      FieldKey key, List<Occurrence> occurrences, List<PageRows> pages, Set<Word> valueWords) {
    List<FieldRule> right = new ArrayList<>();
    List<FieldRule> rest = new ArrayList<>();
    for (Occurrence o : occurrences) {
      Pattern value = key.type() == FieldType.IDENTIFIER && key != FieldKey.IBAN ? shape(o) : null;
      PageRows page = pages.get(o.page);
      if (o.rows == 1) {
        rightLabel(page, o, valueWords)
            .ifPresent(a -> right.add(new FieldRule(key, a, value, o.options)));
      }
      for (int extra : o.rows > 1 ? new int[] {2, 1, 0} : new int[] {0}) {
        belowLabel(page, o, valueWords, o.rows + extra)
            .ifPresent(a -> rest.add(new FieldRule(key, a, value, o.options)));
      }
      BoundingBox b = o.box();
      double dy = b.height() / o.rows * 0.3;
      rest.add(
          new FieldRule(
              key,
              new Locator.Region(
                  o.page,
                  BoundingBox.clamped(
                      b.left() - 0.01, b.top() - dy, b.right() + 0.01, b.bottom() + dy)),
              value,
              o.options));
    }
    List<FieldRule> out = new ArrayList<>(right);
    out.addAll(rest);
    return out;
  }

  private static Optional<Locator.Anchor> rightLabel(
      PageRows page, Occurrence o, Set<Word> valueWords) {
    List<List<Word>> row = page.rows().get(o.row);
    Word first = o.words.get(0);
    for (int p = 0; p < row.size(); p++) {
      int i = row.get(p).indexOf(first);
      if (i < 0) {
        continue;
      }
      List<Word> before = i > 0 ? row.get(p).subList(0, i) : (p > 0 ? row.get(p - 1) : List.of());
      Optional<String> label = label(before, valueWords);
      if (label.isEmpty()) {
        return Optional.empty();
      }
      double gap = Math.max(0, first.box().left() - before.get(before.size() - 1).box().right());
      return Optional.of(
          new Locator.Anchor(label.get(), Direction.RIGHT, Math.min(1, gap + 0.05), 1, 0));
    }
    return Optional.empty();
  }

  private static Optional<Locator.Anchor> belowLabel(
      PageRows page, Occurrence o, Set<Word> valueWords, int lines) {
    BoundingBox v = o.box();
    int skip = 0;
    for (int r = o.row - 1; r >= Math.max(0, o.row - ROWS_ABOVE); r--) {
      for (List<Word> p : page.rows().get(r)) {
        BoundingBox b = AnchorFinder.box(p);
        if (b.right() < v.left() - AnchorFinder.COLUMN_SLACK
            || b.left() > v.right() + AnchorFinder.COLUMN_SLACK) {
          continue;
        }
        if (valueWords.containsAll(p)) {
          skip++;
          break;
        }
        Optional<String> label = label(p, valueWords);
        if (label.isEmpty()) {
          return Optional.empty();
        }
        double gap = Math.max(0, v.top() - b.bottom());
        return Optional.of(
            new Locator.Anchor(label.get(), Direction.BELOW, Math.min(1, gap + 0.03), lines, skip));
      }
    }
    return Optional.empty();
  }

  /** The leading words of a phrase up to the first with a digit, when they hold a letter. */
  private static Optional<String> label(List<Word> phrase, Set<Word> valueWords) {
    List<Word> words = new ArrayList<>();
    for (Word w : phrase) {
      if (valueWords.contains(w) || w.text().chars().anyMatch(Character::isDigit)) {
        break;
      }
      words.add(w);
    }
    String s = PageRows.join(words);
    if (words.isEmpty() || Folding.tokens(s).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  /** The shape of an identifier: runs of letters and digits generalized, other characters kept. */
  private static Pattern shape(Occurrence o) {
    String raw = PageRows.join(o.words);
    StringBuilder b = new StringBuilder("(?<![\\p{L}\\d])");
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      int j = i;
      if (Character.isLetter(c)) {
        while (j < raw.length() && Character.isLetter(raw.charAt(j))) {
          j++;
        }
        b.append("\\p{L}+");
      } else if (Character.isDigit(c)) {
        while (j < raw.length() && Character.isDigit(raw.charAt(j))) {
          j++;
        }
        b.append("\\d+");
      } else if (Character.isWhitespace(c)) {
        j++;
        b.append("\\s?");
      } else {
        j++;
        b.append(Pattern.quote(String.valueOf(c)));
      }
      i = j;
    }
    b.append("(?![\\p{L}\\d])");
    return Pattern.compile(b.toString());
  }
}
