package dev.recto.extraction.generic;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Page;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the vendor's and the customer's blocks on the first page, from text geometry; layout
 * regions, when a layout engine ran, weigh in through {@link PartyRegions}.
 *
 * <p>The customer's block hangs under (or right of) a bill-to label ({@code Bill To}, {@code
 * Rechnungsadresse}, {@code Facturé à}, ...): its first line is the name, the aligned lines under
 * it the address. The vendor's name is the top-of-page segment that looks most like a company name:
 * large type, a legal form ({@code GmbH}, {@code S.p.A.}, {@code LLC}, ...), printed again
 * elsewhere (footers repeat it), high on the page, without digits; its address is the block under
 * it.
 *
 * <p>Thread-safe: stateless.
 */
final class PartyFinder {

  static final double VENDOR_ZONE = 0.45;
  static final double RECEIPT_ASPECT = 2.0;
  static final double NARROW_ASPECT = 1.6;
  private static final double RIGHT_NAME_GAP = 0.12;
  private static final Pattern LEGAL_FORM =
      Pattern.compile(
          "(?i)(^|[\\s,&])(gmbh|ag|kg|ohg|e\\.\\s?k\\.|ug|inc\\.?|llc|llp|ltd\\.?|limited|corp\\.?|"
              + "co\\.|plc|sa|s\\.a\\.?|sas|sarl|eurl|snc|srl|s\\.r\\.l\\.|spa|s\\.p\\.a\\.|s\\.a\\.s\\.|"
              + "s\\.l\\.u?\\.?|sl|slu|s\\.coop\\.?|bv|b\\.v\\.|nv|n\\.v\\.|vof|v\\.o\\.f\\.|lda\\.?|"
              + "snc|s\\.n\\.c\\.|sas|s\\.a\\.s\\.|sasu|sarl|s\\.a\\.r\\.l\\.|sca|scs|"
              + "sdn\\.?\\s?bhd\\.?|bhd\\.?|s/b|enterprise|trading|pvt\\.?\\s?ltd\\.?|"
              + "pty|gbr)(?=$|[\\s,.)])");
  private static final Pattern LETTER = Pattern.compile("\\p{L}{2,}");
  private static final Pattern JOINER_END = Pattern.compile("(?i)(\\s&|\\sand|\\s\\+)$");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern TITLE_WORD =
      Pattern.compile("(^|\\s)(invoice|rechnung|facture|factura|fattura|factuur|fatura)(\\s|$)");

  /**
   * The party blocks of the document whose first page is {@code first}. With layout regions on the
   * page, vendor names are looked for in the vendor block first and blocks are cut to their region
   * ({@link PartyRegions}).
   */
  Parties find(PageLayout first, List<LabelHit> hits, Set<Segment> labelSegments) {
    BlockReader reader = new BlockReader(labelSegments);
    PartyRegions regions = new PartyRegions(first.page());
    Optional<TextBlock> billTo =
        partyUnder(first, hits, LabelRole.BILL_TO, labelSegments, reader).map(regions::trim);
    Optional<TextBlock> shipTo =
        partyUnder(first, hits, LabelRole.SHIP_TO, labelSegments, reader).map(regions::trim);
    Set<Word> taken = new HashSet<>();
    billTo.ifPresent(b -> b.lines().forEach(taken::addAll));
    shipTo.ifPresent(b -> b.lines().forEach(taken::addAll));
    Optional<TextBlock> vendor =
        vendor(first, hits, labelSegments, taken, reader, regions).map(regions::trim);
    boolean narrow = isNarrow(first.page());
    return new Parties(
        vendor.map(PartyFinder::joinWrappedName).map(b -> narrow ? withoutBranchLines(b) : b),
        billTo.map(PartyFinder::joinWrappedName),
        shipTo.map(PartyFinder::joinWrappedName));
  }

  /**
   * {@code block} without the lines between its name and its first address line that hold no digit,
   * when a later line holds one: on a till receipt that is a branch or trading name ({@code IKEA
   * Cheras}, {@code MYDIN MART SRI MUDA}, {@code formerly known as ...}) printed over the address,
   * whose first line has a house, lot or unit number.
   */
  static TextBlock withoutBranchLines(TextBlock block) {
    List<List<Word>> address = block.addressLines();
    int first = 0;
    while (first < address.size() && !DIGIT.matcher(TextBlock.text(address.get(first))).find()) {
      first++;
    }
    if (first == 0 || first == address.size()) {
      return block;
    }
    List<List<Word>> lines = new ArrayList<>();
    lines.add(block.nameLine());
    lines.addAll(address.subList(first, address.size()));
    return new TextBlock(lines);
  }

  /**
   * A name wrapped in a narrow column ({@code Brightwater & Oakridge} over {@code S.L.U.}): when
   * the second line is short, has no digit and holds the legal form the first line lacks, or the
   * first line ends with {@code &} or {@code and} ({@code HOME MASTER HARDWARE &} over {@code
   * ELECTRICAL}), it is part of the name.
   */
  static TextBlock joinWrappedName(TextBlock block) {
    if (block.lines().size() < 2) {
      return block;
    }
    String name = TextBlock.text(block.lines().get(0));
    String next = TextBlock.text(block.lines().get(1));
    boolean continues =
        !LEGAL_FORM.matcher(name).find() && LEGAL_FORM.matcher(" " + next).find()
            || JOINER_END.matcher(name).find();
    boolean wrapped = continues && !DIGIT.matcher(next).find() && block.lines().get(1).size() <= 4;
    if (!wrapped) {
      return block;
    }
    List<List<Word>> lines = new ArrayList<>();
    List<Word> joined = new ArrayList<>(block.lines().get(0));
    joined.addAll(block.lines().get(1));
    lines.add(joined);
    lines.addAll(block.lines().subList(2, block.lines().size()));
    return new TextBlock(lines);
  }

  private static Optional<TextBlock> partyUnder(
      PageLayout layout,
      List<LabelHit> hits,
      LabelRole role,
      Set<Segment> labelSegments,
      BlockReader reader) {
    List<LabelHit> ordered = new ArrayList<>();
    for (LabelHit hit : hits) {
      if (hit.role() == role && hit.segment().pageIndex() == layout.page().index()) {
        ordered.add(hit);
      }
    }
    // Specific labels ("Adresse de facturation") before short ones ("An", "To"), which may be a
    // monogram or a word of running text.
    ordered.sort(Comparator.comparingInt((LabelHit h) -> -labelLength(h)));
    Optional<TextBlock> nameOnly = Optional.empty();
    for (LabelHit hit : ordered) {
      Optional<TextBlock> block = blockOf(layout, hit, labelSegments, reader);
      if (block.isPresent() && !block.get().addressLines().isEmpty()) {
        return block;
      }
      if (nameOnly.isEmpty()) {
        nameOnly = block;
      }
    }
    return nameOnly;
  }

  /** The block a bill-to or ship-to label announces: after it, right of it, or under it. */
  private static Optional<TextBlock> blockOf(
      PageLayout layout, LabelHit hit, Set<Segment> labelSegments, BlockReader reader) {
    {
      if (!hit.valueWords().isEmpty()) {
        if (hit.firstWord() == 0 && hit.endsWithColon()) {
          return Optional.of(reader.read(layout, hit.segment(), hit.valueWords()));
        }
        return Optional.empty();
      }
      if (!hit.wholeSegment()) {
        return Optional.empty();
      }
      Optional<Segment> right = layout.rightOf(hit.segment(), RIGHT_NAME_GAP);
      if (right.isPresent() && !labelSegments.contains(right.get())) {
        return Optional.of(reader.read(layout, right.get(), right.get().words()));
      }
      Optional<Segment> below = layout.below(hit.segment(), BlockReader.MAX_GAP_LINES, 0.015);
      if (below.isPresent() && !reader.stops(below.get())) {
        return Optional.of(reader.read(layout, below.get(), below.get().words()));
      }
    }
    return Optional.empty();
  }

  private static int labelLength(LabelHit h) {
    return h.labelWords().stream().mapToInt(w -> w.text().length()).sum();
  }

  private static Optional<TextBlock> vendor(
      PageLayout layout,
      List<LabelHit> hits,
      Set<Segment> labelSegments,
      Set<Word> taken,
      BlockReader reader,
      PartyRegions regions) {
    Set<Segment> titles = new HashSet<>();
    Set<Segment> titleWords = new HashSet<>();
    for (LabelHit h : hits) {
      if (h.role() == LabelRole.TITLE && h.wholeSegment()) {
        titles.add(h.segment());
      }
    }
    for (Segment s : layout.segments()) {
      if (TITLE_WORD.matcher(TextFolding.fold(s.text())).find()) {
        titleWords.add(s); // "Kopie factuur", "Tax Invoice": a heading, not a name
      }
    }
    Map<String, Integer> repeats = new HashMap<>();
    for (Segment s : layout.segments()) {
      repeats.merge(s.text(), 1, Integer::sum);
    }
    double medianFont = medianFontSize(layout);
    double zone = vendorZone(layout.page());
    Segment best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Segment s : layout.segments()) {
      if (labelSegments.contains(s)
          || TableHeaderWords.isHeaderLine(layout, s)
          || titles.contains(s)
          || titleWords.contains(s)
          || s.words().stream().anyMatch(taken::contains)
          || reader.stops(s)
          || !LETTER.matcher(s.text()).find()) {
        continue;
      }
      double score = fontSize(s) / medianFont;
      if (LEGAL_FORM.matcher(s.text()).find()) {
        score += 1.5;
      }
      if (s.words().size() > 1 && repeats.getOrDefault(s.text(), 0) > 1) {
        score += 0.5;
      }
      if (s.words().size() == 1 && s.text().length() <= 4) {
        score -= 1.5; // a monogram logo, not a name
      }
      if (startsBlock(layout, s)) {
        score += 0.3;
      }
      if (s.box().top() <= zone) {
        score += 0.6 + 0.3 * (1 - s.box().top() / zone);
      } else if (s.box().top() < 0.85) {
        score -= 1.5; // the body of the invoice: items, totals, notes
      }
      if (layout.line(s.lineIndex()).size() >= 3) {
        score -= 0.5; // a table row
      }
      if (!longLegalForm(s.text())
          && DIGIT
              .matcher(NameSpaces.restore(TextBlock.text(RegistrationNumbers.strip(s.words()))))
              .find()) {
        score -= 1.0; // a registration number next to a name is no sign against it
      }
      if (s.text().equals(s.text().toLowerCase(Locale.ROOT))) {
        score -= 1.0; // "tan chay yee": a handwritten or stamped note; names have capitals
      }
      if (reader.read(layout, s, s.words()).addressLines().size() >= 2) {
        score += 0.7; // a name with an address block under it
      }
      score += regions.vendorBonus(s);
      if (score > bestScore) {
        bestScore = score;
        best = s;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    List<Word> nameLine = best.words();
    List<Segment> line = layout.line(best.lineIndex());
    Optional<List<Word>> head = Optional.empty();
    if (isLegalFormTail(best.text())) {
      if (line.stream()
          .allMatch(
              x -> isLegalFormTail(x.text()) || RegistrationNumbers.strip(x.words()).isEmpty())) {
        // "CO." and "(M) SDN BHD" printed apart on one line, maybe with a registration number:
        // the tail is the whole line
        nameLine = layout.joined(line).words();
      }
      head = nameAbove(layout, best, BlockReader.box(nameLine), labelSegments, titleWords, reader);
    } else if (isNarrow(layout.page())
        && line.size() > 1
        && line.stream().allMatch(x -> nameLike(x, labelSegments, titleWords, reader))) {
      nameLine =
          layout.joined(line).words(); // "SAM" and "SAM TRADING CO": a receipt's letter-spaced name
    }
    // the address lines align with the whole name line, else with the part that scored
    TextBlock block = reader.read(layout, best, nameLine);
    if (block.addressLines().isEmpty() && nameLine.size() > best.words().size()) {
      List<List<Word>> lines = new ArrayList<>();
      lines.add(nameLine);
      lines.addAll(reader.read(layout, best, best.words()).addressLines());
      block = new TextBlock(lines);
    }
    if (head.isEmpty()) {
      return Optional.of(block);
    }
    List<List<Word>> lines = new ArrayList<>();
    List<Word> name = new ArrayList<>(head.get());
    name.addAll(nameLine);
    lines.add(name);
    lines.addAll(block.addressLines());
    return Optional.of(new TextBlock(lines));
  }

  /**
   * True when {@code text} holds a legal form of three letters or more ({@code ENTERPRISE}, {@code
   * SDN BHD}, {@code GmbH}): a name may carry a number then ({@code TRIPLE SIX POINT ENTERPRISE
   * 666}, {@code 99 SPEED MART S/B}), while a two-letter form is too easily a postcode's letters
   * ({@code 2512 KG Nijmegen}).
   */
  private static boolean longLegalForm(String text) {
    Matcher m = LEGAL_FORM.matcher(text);
    while (m.find()) {
      if (m.group(2).replaceAll("[^\\p{L}]", "").length() >= 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a page more than {@value #NARROW_ASPECT} times as tall as it is wide: narrower than A4
   * (1.41) or letter (1.29), as a till receipt, also photographed with a margin, is.
   */
  private static boolean isNarrow(Page page) {
    return page.height() / page.width() > NARROW_ASPECT;
  }

  /** True when {@code s} can be part of a name: letters, no digit, no label, title or contact. */
  private static boolean nameLike(
      Segment s, Set<Segment> labelSegments, Set<Segment> titleWords, BlockReader reader) {
    return LETTER.matcher(s.text()).find()
        && !DIGIT.matcher(s.text()).find()
        && !labelSegments.contains(s)
        && !titleWords.contains(s)
        && !reader.stops(s);
  }

  /**
   * The top part of the page, as a fraction of its height, where the vendor's name is looked for:
   * {@value #VENDOR_ZONE} of a letter or A4 page, less on a page more than {@value #RECEIPT_ASPECT}
   * times as tall as it is wide (a till receipt, where the items start a few centimetres under the
   * name): there the zone is 0.9 page widths tall, what it is at that aspect, however long the
   * receipt.
   */
  static double vendorZone(Page page) {
    double aspect = page.height() / page.width();
    return aspect <= RECEIPT_ASPECT ? VENDOR_ZONE : VENDOR_ZONE * RECEIPT_ASPECT / aspect;
  }

  /**
   * True when a name line is little more than a legal form ({@code SDN BHD}, {@code (M) SDN BHD},
   * {@code CO. (M) SDN BHD}, {@code RESTAURANT SDN BHD}): at most one other word. A receipt wraps
   * {@code PASARAYA BORONG PINTAR} over {@code SDN BHD}, and the legal form draws the vendor score
   * to the second line.
   */
  static boolean isLegalFormTail(String text) {
    if (!LEGAL_FORM.matcher(text).find()) {
      return false;
    }
    String rest = text;
    String before;
    do {
      before = rest;
      rest = LEGAL_FORM.matcher(rest).replaceAll(" ");
    } while (!rest.equals(before));
    rest = rest.replaceAll("\\(\\p{L}{1,2}\\)|[&()]", " ").strip();
    return rest.isEmpty() || !rest.contains(" ");
  }

  /**
   * The words printed right above {@code s} (whose name line spans {@code box}) and aligned with it
   * (left edge or centre) or spanning it, when they can be the first part of a wrapped name:
   * letters, no digits, not a label, title or contact line. That is one segment of the line above,
   * or the whole line when all its segments can be part of a name and together they are aligned
   * ({@code POPULAR} and {@code BOOK} printed apart over {@code CO. (M) SDN BHD}).
   */
  private static Optional<List<Word>> nameAbove(
      PageLayout layout,
      Segment s,
      BoundingBox box,
      Set<Segment> labelSegments,
      Set<Segment> titleWords,
      BlockReader reader) {
    if (s.lineIndex() == 0) {
      return Optional.empty();
    }
    List<Segment> line = layout.line(s.lineIndex() - 1);
    List<Segment> nameParts = new ArrayList<>();
    for (Segment above : line) {
      if (nameLike(above, labelSegments, titleWords, reader)) {
        nameParts.add(above);
        if (sitsRightAbove(layout, above.box(), box, s.heightPt())
            || spansRightAbove(layout, above.box(), box, s.heightPt())) {
          return Optional.of(above.words());
        }
      }
    }
    if (nameParts.size() > 1 && nameParts.size() == line.size()) {
      List<Word> words = line.stream().flatMap(x -> x.words().stream()).toList();
      if (sitsRightAbove(layout, BlockReader.box(words), box, s.heightPt())) {
        return Optional.of(words);
      }
    }
    return Optional.empty();
  }

  /**
   * True when {@code above} is aligned with {@code box} and less than 1.2 of its heights ({@code
   * heightPt}, points) above it. Aligned: left edges within 0.015 of the page width, or centres
   * within that or half a line height, whichever is more (a centred receipt header shifts by half a
   * character from line to line).
   */
  private static boolean sitsRightAbove(
      PageLayout layout, BoundingBox above, BoundingBox box, double heightPt) {
    double centreSlack = Math.max(0.015, 0.5 * heightPt / layout.page().width());
    boolean aligned =
        Math.abs(above.left() - box.left()) <= 0.015
            || Math.abs(above.centerX() - box.centerX()) <= centreSlack;
    double gap = (box.top() - above.bottom()) * layout.page().height();
    return aligned && gap < 1.2 * heightPt;
  }

  /**
   * True when {@code above} spans {@code box} from left to right and is less than 1.2 of its
   * heights above it: {@code Nando's Chickenland Malaysia} over a short {@code Sdn Bhd} set off its
   * centre.
   */
  private static boolean spansRightAbove(
      PageLayout layout, BoundingBox above, BoundingBox box, double heightPt) {
    double gap = (box.top() - above.bottom()) * layout.page().height();
    return above.left() <= box.left() && above.right() >= box.right() && gap < 1.2 * heightPt;
  }

  /** True when no segment sits right above {@code s}, aligned with it: a block's first line. */
  private static boolean startsBlock(PageLayout layout, Segment s) {
    for (int i = s.lineIndex() - 1; i >= 0 && i >= s.lineIndex() - 2; i--) {
      for (Segment above : layout.line(i)) {
        if (sitsRightAbove(layout, above.box(), s.box(), s.heightPt())) {
          return false;
        }
      }
    }
    return true;
  }

  private static double fontSize(Segment s) {
    double max = 0;
    for (Word w : s.words()) {
      max = Math.max(max, w.fontSize() > 0 ? w.fontSize() : s.heightPt());
    }
    return max;
  }

  private static double medianFontSize(PageLayout layout) {
    double[] sizes =
        layout.segments().stream().mapToDouble(PartyFinder::fontSize).sorted().toArray();
    return sizes.length == 0 || sizes[sizes.length / 2] <= 0 ? 1 : sizes[sizes.length / 2];
  }
}
