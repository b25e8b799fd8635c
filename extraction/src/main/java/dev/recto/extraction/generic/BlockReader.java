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
 * centred letterheads, within {@value #ALIGN_SLACK} of the page width or three quarters of a line
 * height, whichever is more), until a line that starts with a label, holds contact details (e-mail,
 * web address, a phone number, also in the Malaysian {@code 03-80519514} form) or a tax id, is a
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

  /** Widest gap, in line heights, between parts of a line read as one address line. */
  static final double PART_GAP_LINES = 2.0;

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
    BoundingBox idBox = null;
    while (lines.size() < MAX_LINES) {
      boolean nameOnly = beforeAddress(lines);
      Optional<Segment> next = nextAligned(layout, cursor, cursorBox, firstBox, idBox, nameOnly);
      if (next.isPresent() && nameOnly && ID_LINE.matcher(next.get().text()).matches()) {
        cursor = next.get(); // "(GST Reg No. 001492992000)" between a name and its address
        cursorBox = next.get().box();
        idBox = cursorBox; // the address is centred under it when the name's box is not
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

  /**
   * The next line's segment aligned with the block's first line ({@code firstBox}) or, centred,
   * with the id line just passed over ({@code idBox}, may be null); the whole line when only its
   * parts together align ({@code LOT} and {@code 1851-A & 1851-B, JALAN KPB 6,} printed apart);
   * with {@code idLines}, an id line ({@link #ID_LINE}) whatever its alignment.
   */
  private Optional<Segment> nextAligned(
      PageLayout layout,
      Segment cursor,
      BoundingBox cursorBox,
      BoundingBox firstBox,
      BoundingBox idBox,
      boolean idLines) {
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
      if (idLines) {
        Segment whole = layout.joined(line);
        if (ID_LINE.matcher(whole.text()).matches()) {
          return Optional.of(whole);
        }
      }
      for (Segment s : line) {
        if (aligned(s.box(), firstBox, idBox, centreSlack)) {
          return Optional.of(withCloseParts(layout, line, s));
        }
      }
      if (line.size() > 1 && line.stream().noneMatch(labelSegments::contains)) {
        Segment whole = layout.joined(line);
        if (aligned(whole.box(), firstBox, idBox, centreSlack)) {
          return Optional.of(whole);
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

  private static boolean aligned(
      BoundingBox box, BoundingBox firstBox, BoundingBox idBox, double centreSlack) {
    return Math.abs(box.left() - firstBox.left()) <= ALIGN_SLACK
        || Math.abs(box.centerX() - firstBox.centerX()) <= centreSlack
        || Math.abs(box.right() - firstBox.right()) <= ALIGN_SLACK
        || (idBox != null && Math.abs(box.centerX() - idBox.centerX()) <= centreSlack);
  }

  /**
   * {@code s} joined with the segments of its line that follow each other within {@value
   * #PART_GAP_LINES} line heights of it and are no labels ({@code LOT} printed apart from {@code
   * 1851-A & 1851-B,}); {@code s} itself when there are none.
   */
  private Segment withCloseParts(PageLayout layout, List<Segment> line, Segment s) {
    int first = line.indexOf(s);
    int last = first;
    double maxGap = PART_GAP_LINES * s.heightPt() / layout.page().width();
    while (first > 0 && close(line.get(first - 1), line.get(first), maxGap)) {
      first--;
    }
    while (last + 1 < line.size() && close(line.get(last), line.get(last + 1), maxGap)) {
      last++;
    }
    return first == last ? s : layout.joined(line.subList(first, last + 1));
  }

  private boolean close(Segment left, Segment right, double maxGap) {
    return !labelSegments.contains(left)
        && !labelSegments.contains(right)
        && right.box().left() - left.box().right() <= maxGap;
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
