package dev.recto.extraction.generic;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Word;
import dev.recto.extraction.parse.DateOrder;
import dev.recto.extraction.parse.DateParser;
import dev.recto.extraction.parse.Match;
import dev.recto.extraction.parse.UsEins;
import dev.recto.extraction.parse.VatNumbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a party block downwards from its first line: the lines that follow closely (at most {@value
 * #MAX_GAP_LINES} line heights apart) and are aligned with it (same left edge, or same centre for
 * centred letterheads, within {@value #ALIGN_SLACK} of the page width or half a line height,
 * whichever is more), until a line that starts with a label, holds contact details (e-mail, web
 * address, a phone number, also in the Malaysian {@code 03-80519514} form) or a tax id, is a
 * document title ({@code TAX INVOICE}, {@code RECEIPT}) or is too far, or after a line that ends
 * with a country's name ({@link Countries}). Passed over, as belonging to neither name nor address:
 * a line that holds only a date and a time (a receipt's {@code 03 Mar 2018 18:22} printed between
 * the shop's name and its address), a line of registration numbers only, aligned or not ({@code
 * (742016-W)}), and, under the name and before the first address line (the first after the name
 * with a digit), a line that is only an id and its label ({@code (GST Reg No. 001492992000)}).
 *
 * <p>Thread-safe: holds only immutable state.
 */
final class BlockReader {

  static final double MAX_GAP_LINES = 1.9;
  static final int MAX_LINES = 6;
  private static final double ALIGN_SLACK = 0.015;
  private static final Pattern CONTACT =
      Pattern.compile(
          "@|www\\.|https?:|\\+\\d{2}|\\(\\d{3}\\)\\s*\\d{3}|\\d{3}[-. ]\\d{3}[-. ]\\d{4}"
              + "|(?<![\\w/-])0\\d{1,2}-\\d{3,4}\\s?\\d{3,5}(?![\\w/-])");

  private static final Pattern TITLE =
      Pattern.compile(
          "(?i)^(simplified\\s*)?(tax\\s*invoice|invoice|receipt|cash\\s*bill|official\\s*receipt|"
              + "rechnung|facture|factura|fattura|factuur|fatura)\\b.{0,20}$");
  private static final Pattern TIME =
      Pattern.compile("(?i)\\b\\d{1,2}:\\d{2}(:\\d{2})?(\\s*[ap]\\.?m\\.?)?");
  private static final Pattern ID_LINE =
      Pattern.compile(
          "(?i)[(\\s]*((gst|vat|tax|co|company|reg|registration|roc|br|no|id)[.:#]*\\s*)+"
              + "[A-Z]{0,3}\\d[\\d\\- ]{5,}[A-Z]?[)\\s.]*");
  private static final DateParser DATES = new DateParser(DateOrder.DMY);

  private final Set<Segment> labelSegments;

  BlockReader(Set<Segment> labelSegments) {
    this.labelSegments = labelSegments;
  }

  /** The block whose first line is {@code first} (words of a segment, maybe after a label). */
  TextBlock read(PageLayout layout, Segment firstSegment, List<Word> first) {
    List<List<Word>> lines = new ArrayList<>();
    lines.add(first);
    BoundingBox firstBox = box(first);
    Segment cursor = firstSegment;
    BoundingBox cursorBox = firstBox;
    while (lines.size() < MAX_LINES) {
      Optional<Segment> next = nextAligned(layout, cursor, cursorBox, firstBox);
      if (next.isPresent()
          && beforeAddress(lines)
          && ID_LINE.matcher(next.get().text()).matches()) {
        cursor = next.get(); // "(GST Reg No. 001492992000)" between a name and its address
        cursorBox = next.get().box();
        continue;
      }
      if (next.isEmpty()
          || stops(next.get())
          || TITLE.matcher(next.get().text().strip()).matches()
          || TableHeaderWords.isHeaderLine(layout, next.get())) {
        break;
      }
      if (!isDateTime(next.get().text())) {
        lines.add(next.get().words());
        if (lines.size() > 1 && Countries.endsWithCountry(next.get().text())) {
          break; // "56000 Kuala Lumpur, Malaysia": a branch name or phone may follow, not address
        }
      }
      cursor = next.get();
      cursorBox = next.get().box();
    }
    return new TextBlock(lines);
  }

  /**
   * True while {@code lines} hold only the name: its first line and maybe more lines without a
   * digit ({@code POPULAR BOOK} over {@code CO. (M) SDN BHD}); an address line holds a number.
   */
  private static boolean beforeAddress(List<List<Word>> lines) {
    for (List<Word> line : lines.subList(1, lines.size())) {
      if (TextBlock.text(line).chars().anyMatch(Character::isDigit)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code s} ends a party block: a label, contact details, or a tax id (a word in a
   * country's VAT number format, check digits not required, or a US EIN: its label may be misread,
   * {@code USt-ldNr.: DE246292994}, {@code NI F cliente: ESJ9492736M}, but an address never holds
   * one).
   */
  boolean stops(Segment s) {
    return labelSegments.contains(s) || CONTACT.matcher(s.text()).find() || holdsTaxId(s);
  }

  private static boolean holdsTaxId(Segment s) {
    for (Word w : s.words()) {
      String t = w.text().replaceAll("^[^\\p{Alnum}]+|[^\\p{Alnum}]+$", "");
      if (t.length() >= 8 && (VatNumbers.hasVatFormat(t) || UsEins.isValid(t))) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code text} holds a date, maybe a time, and nothing else but punctuation. */
  static boolean isDateTime(String text) {
    StringBuilder rest = new StringBuilder(text);
    List<Match<LocalDate>> dates = DATES.findAll(text);
    if (dates.isEmpty()) {
      return false;
    }
    for (int i = dates.size() - 1; i >= 0; i--) {
      rest.replace(dates.get(i).start(), dates.get(i).end(), " ");
    }
    return TIME.matcher(rest).replaceAll(" ").replaceAll("[\\s,.;:\\-]", "").isEmpty();
  }

  private Optional<Segment> nextAligned(
      PageLayout layout, Segment cursor, BoundingBox cursorBox, BoundingBox firstBox) {
    double maxDrop = MAX_GAP_LINES * cursor.heightPt() / layout.page().height();
    double centreSlack = Math.max(ALIGN_SLACK, 0.75 * cursor.heightPt() / layout.page().width());
    for (int i = cursor.lineIndex() + 1; i < layout.lineCount(); i++) {
      List<Segment> line = layout.line(i);
      if (line.isEmpty()) {
        continue;
      }
      double top = line.stream().mapToDouble(s -> s.box().top()).min().orElse(1);
      if (top - cursorBox.bottom() > maxDrop) {
        return Optional.empty();
      }
      if (isRegistration(line)) {
        continue; // "(742016-W)" under a receipt's name, often off its centre: neither name nor
        // address
      }
      for (Segment s : line) {
        boolean left = Math.abs(s.box().left() - firstBox.left()) <= ALIGN_SLACK;
        boolean centre = Math.abs(s.box().centerX() - firstBox.centerX()) <= centreSlack;
        boolean right = Math.abs(s.box().right() - firstBox.right()) <= ALIGN_SLACK;
        if (left || centre || right) {
          return Optional.of(s);
        }
      }
      // a line in between that does not touch this column: keep looking below it
      boolean touches =
          line.stream()
              .anyMatch(
                  s -> s.box().left() < firstBox.right() && s.box().right() > firstBox.left());
      if (touches) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** True when the words of {@code line} are registration numbers only, however split. */
  private static boolean isRegistration(List<Segment> line) {
    return RegistrationNumbers.strip(line.stream().flatMap(s -> s.words().stream()).toList())
        .isEmpty();
  }

  static BoundingBox box(List<Word> words) {
    BoundingBox b = words.get(0).box();
    for (Word w : words) {
      b = b.union(w.box());
    }
    return b;
  }
}
