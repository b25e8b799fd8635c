package dev.recto.extraction.generic;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.field.LineItem;
import dev.recto.core.model.Document;
import dev.recto.core.model.Page;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.TextSource;
import dev.recto.core.model.Word;
import dev.recto.core.spi.FieldExtractor;
import dev.recto.extraction.parse.DateParser;
import dev.recto.extraction.parse.Match;
import dev.recto.extraction.parse.Money;
import dev.recto.extraction.parse.MoneyParser;
import dev.recto.extraction.table.LineItemTableFinder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Template-free invoice extraction: finds labels from a multilingual lexicon, reads typed values
 * next to or under them, finds the vendor's and customer's blocks, the payment terms and the
 * currency, keeps the best-scoring value of each field (totals chosen so that they add up), and
 * reads the line items with {@link LineItemTableFinder}.
 *
 * <p>Works on any {@link Document}, text layer or OCR (fuzzy label matching on OCR pages). Number
 * and date conventions are decided per document ({@link DocumentConventions}). The scores are raw,
 * not calibrated: this extractor sets {@link ExtractedField#confidence()} to {@link
 * ExtractedField#rawScore()}; the processor's {@code FieldCalibrator} (module default {@code
 * recto-default}) replaces it with a calibrated probability after the extractors' results merge.
 *
 * <p>Immutable and thread-safe; build once and share.
 *
 * <p>{@snippet : FieldExtractor extractor = new GenericInvoiceExtractor(); InvoiceFields fields =
 * extractor.extract(document); }
 */
public final class GenericInvoiceExtractor implements FieldExtractor {

  /** The id written into every field's {@code extractorId}. */
  public static final String ID = "recto-generic";

  private final LabelFinder labels;
  private final PartyFinder parties = new PartyFinder();
  private final PaymentTermFinder terms = new PaymentTermFinder();
  private final LineItemTableFinder tables = new LineItemTableFinder();

  /** An extractor with Recto's bundled label lexicon. */
  public GenericInvoiceExtractor() {
    this.labels = new LabelFinder(LabelLexicon.bundled());
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public InvoiceFields extract(Document document) {
    if (document.pages().isEmpty()) {
      return InvoiceFields.EMPTY;
    }
    Map<Integer, PageLayout> layouts = new LinkedHashMap<>();
    List<LabelHit> hits = new ArrayList<>();
    List<Word> allWords = new ArrayList<>();
    for (Page page : document.pages()) {
      PageLayout layout = PageLayout.of(page);
      layouts.put(page.index(), layout);
      hits.addAll(labels.find(layout, page.textSource() == TextSource.OCR));
      allWords.addAll(page.words());
    }
    Set<Segment> labelSegments = new HashSet<>();
    for (LabelHit h : hits) {
      if (h.firstWord() == 0) {
        labelSegments.add(h.segment());
      }
    }
    DocumentConventions conventions = DocumentConventions.decide(allWords, hits);
    MoneyParser money = new MoneyParser(conventions.numbers());
    ValueReader reader = new ValueReader(money, new DateParser(conventions.dateOrder()));

    Map<FieldKey, List<Candidate>> ranked = new EnumMap<>(FieldKey.class);
    KeyValueFinder values = new KeyValueFinder(reader);
    for (Candidate c : values.candidates(layouts, hits, labelSegments)) {
      ranked.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
    }
    // best first; a stable sort keeps document order among equal scores
    ranked.values().forEach(l -> l.sort(Comparator.comparingDouble((Candidate c) -> -c.score())));
    Map<FieldKey, Candidate> best = TotalsResolver.choose(ranked);
    SummedTotal.find(best, layouts, reader)
        .ifPresent(summed -> best.put(FieldKey.INVOICE_TOTAL, summed));
    Candidate total = best.get(FieldKey.INVOICE_TOTAL);
    if (total != null) {
      RoundedTotal.find(total, hits, layouts, reader)
          .ifPresent(rounded -> best.put(FieldKey.INVOICE_TOTAL, rounded));
    }
    TenderedChange.find(hits, layouts, values, labelSegments)
        .flatMap(
            p -> TenderedChange.total(best.get(FieldKey.INVOICE_TOTAL), ranked, p, layouts, reader))
        .ifPresent(paid -> best.put(FieldKey.INVOICE_TOTAL, paid));
    if (!best.containsKey(FieldKey.INVOICE_DATE)) {
      firstDate(layouts.values(), reader)
          .ifPresent(
              v -> best.put(FieldKey.INVOICE_DATE, new Candidate(FieldKey.INVOICE_DATE, v, 0.3)));
    }
    if (!best.containsKey(FieldKey.INVOICE_ID)) {
      InvoiceNumberShape.find(layouts.values().iterator().next())
          .ifPresent(
              v ->
                  best.put(
                      FieldKey.INVOICE_ID,
                      new Candidate(FieldKey.INVOICE_ID, v, InvoiceNumberShape.SCORE)));
    }
    Map<FieldKey, ExtractedField> fields = new EnumMap<>(FieldKey.class);
    best.forEach((k, c) -> fields.put(k, field(normalize(k, c.value()), c.score())));

    PageLayout first = layouts.values().iterator().next();
    Parties found = parties.find(first, hits, labelSegments);
    boolean ocr = first.page().textSource() == TextSource.OCR;
    found
        .vendor()
        .ifPresent(
            b -> putParty(fields, b, FieldKey.VENDOR_NAME, FieldKey.VENDOR_ADDRESS, null, ocr));
    found
        .billTo()
        .ifPresent(
            b ->
                putParty(
                    fields,
                    b,
                    FieldKey.CUSTOMER_NAME,
                    FieldKey.CUSTOMER_ADDRESS,
                    FieldKey.BILLING_ADDRESS,
                    ocr));
    found.shipTo().ifPresent(b -> putAddress(fields, b, FieldKey.SHIPPING_ADDRESS, ocr));
    terms
        .find(List.copyOf(layouts.values()), labelSegments)
        .ifPresent(v -> fields.put(FieldKey.PAYMENT_TERM, field(v, 0.7)));
    currency(best, layouts.values(), money)
        .ifPresent(v -> fields.put(FieldKey.CURRENCY, field(v, 0.8)));
    if (ocr) {
      String language = conventions.locale().getLanguage();
      for (FieldKey k : OCR_TEXT_FIELDS) {
        fields.computeIfPresent(k, (key, f) -> inDocumentLanguage(key, f, language));
      }
    }
    List<LineItem> items = tables.find(document);
    return new InvoiceFields(fields, items);
  }

  private static void putParty(
      Map<FieldKey, ExtractedField> fields,
      TextBlock block,
      FieldKey nameKey,
      FieldKey addressKey,
      FieldKey alsoAddressKey,
      boolean ocr) {
    List<Word> name = RegistrationNumbers.strip(block.nameLine());
    if (name.isEmpty()) {
      name = block.nameLine();
    }
    name = withoutLeadingLabel(name);
    String nameText = DottedLegalForms.complete(NameSpaces.restore(TextBlock.text(name).strip()));
    fields.put(nameKey, field(new FieldValue(nameText, null, nameText, name), 0.7));
    putAddress(fields, block, addressKey, ocr);
    if (alsoAddressKey != null && fields.containsKey(addressKey)) {
      fields.put(alsoAddressKey, fields.get(addressKey));
    }
  }

  /**
   * {@code name} without a label of one or two words that ends with a colon before at least two
   * words ({@code Dimiliki: BANH MI CAFE SDN BHD}, {@code Company: ...}), or {@code name} itself.
   */
  static List<Word> withoutLeadingLabel(List<Word> name) {
    for (int i = 0; i < Math.min(2, name.size() - 2); i++) {
      String t = name.get(i).text();
      if (t.endsWith(":") && t.chars().anyMatch(Character::isLetter)) {
        return name.subList(i + 1, name.size());
      }
    }
    return name;
  }

  private static void putAddress(
      Map<FieldKey, ExtractedField> fields, TextBlock block, FieldKey key, boolean ocr) {
    if (block.addressLines().isEmpty()) {
      return;
    }
    List<Word> words = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (List<Word> line : block.addressLines()) {
      List<Word> kept = RegistrationNumbers.strip(line);
      if (!kept.isEmpty()) {
        words.addAll(kept);
        String text = SpacedInitials.close(PostalCodes.spaceGlued(TextBlock.text(kept)));
        lines.add(ocr ? DigitLookalikes.restoreLine(GluedWords.split(text)) : text);
      }
    }
    if (lines.isEmpty()) {
      return;
    }
    String value = String.join(" ", lines);
    String raw = String.join("\n", lines);
    if (ocr) {
      value = AddressCommas.restore(value);
      raw = AddressCommas.restore(raw);
    }
    fields.put(key, field(new FieldValue(value, null, raw, words), 0.6));
  }

  /** The total's currency, else the currency most amounts of the document carry. */
  private static Optional<FieldValue> currency(
      Map<FieldKey, Candidate> best, java.util.Collection<PageLayout> layouts, MoneyParser money) {
    for (FieldKey k : List.of(FieldKey.INVOICE_TOTAL, FieldKey.AMOUNT_DUE, FieldKey.SUB_TOTAL)) {
      Candidate c = best.get(k);
      if (c != null && c.value().currency() != null) {
        FieldValue v = c.value();
        return Optional.of(new FieldValue(v.currency(), null, v.rawText(), v.words()));
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    Map<String, FieldValue> firstSeen = new HashMap<>();
    for (PageLayout layout : layouts) {
      for (Segment s : layout.segments()) {
        WordText t = new WordText(s.words());
        for (Match<Money> m : money.findAll(t.text())) {
          String c = m.value().currency();
          if (c != null) {
            counts.merge(c, 1, Integer::sum);
            firstSeen.putIfAbsent(
                c, new FieldValue(c, null, m.text(), t.wordsIn(m.start(), m.end())));
          }
        }
      }
    }
    Optional<FieldValue> marked =
        counts.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(e -> firstSeen.get(e.getKey()));
    return marked.isPresent() ? marked : CurrencyEvidence.find(layouts, best);
  }

  /**
   * For documents that do not label their date: the first date printed with a time of day in its
   * segment (receipts print the date and time of sale together; a product code such as {@code
   * HC03-7-15} above it reads as a date too), else the first date printed anywhere.
   */
  private static Optional<FieldValue> firstDate(
      java.util.Collection<PageLayout> layouts, ValueReader reader) {
    Optional<FieldValue> first = Optional.empty();
    for (PageLayout layout : layouts) {
      for (Segment s : layout.segments()) {
        Optional<FieldValue> d = reader.date(s.words());
        if (d.isPresent() && TIME.matcher(s.text()).find()) {
          return d;
        }
        if (first.isEmpty()) {
          first = d;
        }
      }
    }
    return first;
  }

  private static final java.util.regex.Pattern TIME =
      java.util.regex.Pattern.compile("(?<!\\d)\\d{1,2}\\s?:\\s?\\d{2}(?!\\d)");

  /** A discount is reported as a positive amount, however it is printed ({@code -12.00}). */
  private static FieldValue normalize(FieldKey key, FieldValue v) {
    if (key == FieldKey.TOTAL_DISCOUNT && v.value().startsWith("-")) {
      return new FieldValue(v.value().substring(1), v.currency(), v.rawText(), v.words());
    }
    return v;
  }

  /**
   * Free-text fields whose OCR'd text is checked against the document's language: accents it never
   * writes ({@link ForeignAccents}), prepositions glued to their article ({@link GluedArticles}),
   * an address's final country name's accents ({@link CountryAccents}).
   */
  private static final List<FieldKey> OCR_TEXT_FIELDS =
      List.of(
          FieldKey.VENDOR_NAME,
          FieldKey.VENDOR_ADDRESS,
          FieldKey.CUSTOMER_NAME,
          FieldKey.CUSTOMER_ADDRESS,
          FieldKey.BILLING_ADDRESS,
          FieldKey.SHIPPING_ADDRESS,
          FieldKey.PAYMENT_TERM);

  private static ExtractedField inDocumentLanguage(
      FieldKey key, ExtractedField f, String language) {
    boolean address = key.name().endsWith("_ADDRESS");
    String value = inDocumentLanguage(f.value(), language, address);
    String raw = inDocumentLanguage(f.rawText(), language, address);
    if (value.equals(f.value()) && raw.equals(f.rawText())) {
      return f;
    }
    return new ExtractedField(
        value, f.currency(), raw, f.rawScore(), f.confidence(), f.provenance(), f.extractorId());
  }

  private static String inDocumentLanguage(String text, String language, boolean address) {
    String s = GluedArticles.split(ForeignAccents.strip(text, language), language);
    return address ? CountryAccents.restore(s, language) : s;
  }

  static ExtractedField field(FieldValue v, double score) {
    List<Provenance> provenance = new ArrayList<>();
    for (Word w : v.words()) {
      provenance.add(w.provenance());
    }
    return new ExtractedField(v.value(), v.currency(), v.rawText(), score, score, provenance, ID);
  }
}
