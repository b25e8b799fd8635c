package dev.recto.extraction.generic;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.Word;
import dev.recto.extraction.parse.Bics;
import dev.recto.extraction.parse.DateParser;
import dev.recto.extraction.parse.DocumentIds;
import dev.recto.extraction.parse.Ibans;
import dev.recto.extraction.parse.Match;
import dev.recto.extraction.parse.Money;
import dev.recto.extraction.parse.MoneyParser;
import dev.recto.extraction.parse.NumberConvention;
import dev.recto.extraction.parse.UsEins;
import dev.recto.extraction.parse.VatNumbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the value of a field from the words that follow its label, with the parser its type needs:
 * the last amount for money (a rate or a currency may stand between label and amount), the first
 * date for dates, a checksum-valid IBAN, BIC or tax id for those, and the first identifier-like
 * word for document numbers.
 *
 * <p>Thread-safe: holds only immutable parsers configured for one document.
 */
final class ValueReader {

  private static final int MAX_JOINED_WORDS = 9;

  private final MoneyParser money;
  private final DateParser dates;

  ValueReader(MoneyParser money, DateParser dates) {
    this.money = money;
    this.dates = dates;
  }

  /** The value of {@code key} in {@code words}, when they hold one of its type. */
  Optional<FieldValue> read(FieldKey key, List<Word> words) {
    if (words.isEmpty()) {
      return Optional.empty();
    }
    return switch (key) {
      case IBAN -> iban(words);
      case SWIFT -> bic(words);
      case VENDOR_TAX_ID, CUSTOMER_TAX_ID -> taxId(words);
      case INVOICE_ID, PURCHASE_ORDER, CUSTOMER_ID -> documentId(words);
      default ->
          switch (key.type()) {
            case MONEY -> money(words);
            case DATE -> date(words);
            default -> Optional.empty();
          };
    };
  }

  /** The last amount in {@code words}: a totals row may print net, tax and gross, gross last. */
  Optional<FieldValue> money(List<Word> words) {
    List<FieldValue> all = amounts(words);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** Every amount in {@code words}, in reading order. */
  List<FieldValue> amounts(List<Word> words) {
    WordText t = new WordText(words);
    List<Match<Money>> found = money.findAll(t.text());
    if (found.isEmpty() && money.convention() == NumberConvention.COMMA) {
      // "797.84 €" on a page of "151,59 €": OCR read the decimal comma as a point. Under the
      // comma convention a point is a thousands separator and needs three digits after it, so a
      // lone point before two digits can only be that decimal comma ("20549.74" too).
      String text = MISREAD_DECIMAL_COMMA.matcher(t.text()).replaceAll("$1,$2");
      if (!text.equals(t.text())) {
        found = money.findAll(text);
      }
    }
    List<FieldValue> out = new ArrayList<>(found.size());
    for (Match<Money> m : found) {
      out.add(
          new FieldValue(
              m.value().amount().toPlainString(),
              m.value().currency(),
              t.text().substring(m.start(), m.end()), // as read, before any repair above
              t.wordsIn(m.start(), m.end())));
    }
    return out;
  }

  Optional<FieldValue> date(List<Word> words) {
    WordText t = new WordText(words);
    List<Match<LocalDate>> found = dates.findAll(t.text());
    if (found.isEmpty()) {
      found = withTimeApart(t.text());
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Match<LocalDate> m = found.get(0);
    return Optional.of(
        new FieldValue(m.value().toString(), null, m.text(), t.wordsIn(m.start(), m.end())));
  }

  /**
   * The dates of {@code text} once a time glued to a four-digit year is set apart ({@code
   * 25/12/20188: 13:39}, OCR lost the space before {@code 8:13}); only those that end where the
   * space went in, so their positions hold in {@code text}.
   */
  private List<Match<LocalDate>> withTimeApart(String text) {
    java.util.regex.Matcher glued = YEAR_THEN_TIME.matcher(text);
    if (!glued.find()) {
      return List.of();
    }
    int cut = glued.end(1);
    String apart = text.substring(0, cut) + " " + text.substring(cut);
    return dates.findAll(apart).stream().filter(m -> m.end() <= cut).toList();
  }

  private static final java.util.regex.Pattern YEAR_THEN_TIME =
      java.util.regex.Pattern.compile("(?<=[/.-])((?:19|20)\\d{2})(?=\\d{1,2}\\s?:\\s?\\d{2})");

  private Optional<FieldValue> iban(List<Word> words) {
    int first = firstWithDigitOrLetter(words);
    StringBuilder joined = new StringBuilder();
    for (int i = first; i < words.size() && i - first < MAX_JOINED_WORDS; i++) {
      joined.append(strip(words.get(i).text()));
      Optional<String> iban = Ibans.ocrRead(joined.toString());
      if (iban.isPresent()) {
        List<Word> used = words.subList(first, i + 1);
        return Optional.of(new FieldValue(iban.get(), null, raw(used), used));
      }
    }
    return Optional.empty();
  }

  private Optional<FieldValue> bic(List<Word> words) {
    for (Word w : words) {
      Optional<String> bic = Bics.ocrRead(strip(w.text()));
      if (bic.isPresent()) {
        return Optional.of(new FieldValue(bic.get(), null, w.text(), List.of(w)));
      }
    }
    return Optional.empty();
  }

  private Optional<FieldValue> taxId(List<Word> words) {
    int first = firstWithDigitOrLetter(words);
    for (int n = Math.min(6, words.size() - first); n >= 1; n--) {
      List<Word> used = words.subList(first, first + n);
      String joined = strip(raw(used).replace(" ", ""));
      if (VatNumbers.parse(joined).isPresent() || UsEins.isValid(joined)) {
        return Optional.of(new FieldValue(joined, null, raw(used), used));
      }
    }
    return groupedId(words, first);
  }

  /**
   * A tax id printed in groups ({@code GB099 0064 26}) whose checksum could not be confirmed: the
   * first id-like word joined with the short digit groups that follow it.
   */
  private Optional<FieldValue> groupedId(List<Word> words, int first) {
    if (first >= words.size()) {
      return Optional.empty();
    }
    String head = strip(words.get(first).text());
    Optional<FieldValue> vatShaped = vatShapedGroups(words, first, head);
    if (vatShaped.isPresent()) {
      return vatShaped;
    }
    boolean countryPrefix = head.matches("[A-Z]{2}");
    if (!countryPrefix && !labelledId(head)) {
      return Optional.empty();
    }
    int end = first + 1;
    while (end < words.size() && words.get(end).text().matches("\\d{1,4}")) {
      end++;
    }
    if (countryPrefix && end == first + 1) {
      return Optional.empty();
    }
    List<Word> used = words.subList(first, end);
    return Optional.of(new FieldValue(strip(raw(used).replace(" ", "")), null, raw(used), used));
  }

  /**
   * A VAT number printed in groups whose last space OCR lost ({@code GB740 572890} for {@code GB740
   * 5728 90}): the word with the country prefix and the digit groups after it, the most that still
   * make a VAT number of that country's format (check digits not required).
   */
  private Optional<FieldValue> vatShapedGroups(List<Word> words, int first, String head) {
    if (!head.matches("[A-Z]{2}\\d+")) {
      return Optional.empty();
    }
    int end = first + 1;
    while (end < words.size() && end - first <= 3 && words.get(end).text().matches("\\d{1,6}")) {
      end++;
    }
    for (; end > first + 1; end--) {
      List<Word> used = words.subList(first, end);
      String joined = strip(raw(used).replace(" ", ""));
      if (VatNumbers.hasVatFormat(joined)) {
        return Optional.of(new FieldValue(joined, null, raw(used), used));
      }
    }
    return Optional.empty();
  }

  /** True when {@code text} is a VAT number of a known format. */
  boolean isVatNumber(String text) {
    return VatNumbers.parse(text).isPresent();
  }

  /**
   * A labelled document number: letters, digits and {@code / _ . -}, with a digit, not a date.
   * Unlike {@link DocumentIds#looksLikeInvoiceNumber}, a plain number qualifies: the label says
   * what it is.
   */
  private boolean labelledId(String s) {
    return ID_SHAPE.matcher(s).matches()
        && s.chars().anyMatch(Character::isDigit)
        && s.length() >= 2
        && dates.parse(s).isEmpty();
  }

  private static final java.util.regex.Pattern MISREAD_DECIMAL_COMMA =
      java.util.regex.Pattern.compile("(?<![\\d.,])(\\d{1,12})\\.(\\d{2})(?![\\d.,])");

  private static final java.util.regex.Pattern ID_SHAPE =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}/_.\\-]*");

  private Optional<FieldValue> documentId(List<Word> words) {
    for (Word w : words) {
      String s = strip(w.text());
      if (s.isEmpty() || s.equals("-")) {
        continue;
      }
      if (labelledId(s)) {
        return Optional.of(new FieldValue(s, null, w.text(), List.of(w)));
      }
      return Optional.empty(); // the first real word after the label is not an id
    }
    return Optional.empty();
  }

  private static int firstWithDigitOrLetter(List<Word> words) {
    for (int i = 0; i < words.size(); i++) {
      if (!strip(words.get(i).text()).isEmpty()) {
        return i;
      }
    }
    return words.size();
  }

  /** The text without leading {@code : # -} and trailing {@code , ; :} punctuation. */
  static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && ":#".indexOf(s.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && ",;:".indexOf(s.charAt(b - 1)) >= 0) {
      b--;
    }
    return s.substring(a, b);
  }

  private static String raw(List<Word> words) {
    return String.join(" ", words.stream().map(Word::text).toList());
  }
}
