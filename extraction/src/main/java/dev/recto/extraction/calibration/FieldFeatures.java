package dev.recto.extraction.calibration;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Document;
import dev.recto.core.model.Page;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.TextSource;
import dev.recto.core.model.Word;
import dev.recto.extraction.check.CheckOutcome;
import dev.recto.extraction.check.CheckReport;
import dev.recto.extraction.check.Verdict;
import dev.recto.extraction.eval.FieldComparison;
import dev.recto.extraction.generic.FieldLabels;
import java.util.List;
import java.util.Objects;

/**
 * What speaks for or against one extracted field, computed outside the extractor from the field,
 * the document and the cross-check report. The calibrator maps these to a probability.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rawScore the extractor's own score in {@code [0,1]} (for the generic extractor: label
 *     quality x geometry factor)
 * @param meanWordConfidence mean confidence of the document words the field's provenance boxes
 *     point at ({@code 1} for text-layer words; {@code 1} when no word matches)
 * @param minWordConfidence the smallest of those confidences
 * @param parse whether the value reads as its type and, for IBANs, BICs and VAT numbers, passes its
 *     checksum ({@link Verdict#PASSED}); {@link Verdict#FAILED} when it does not; {@link
 *     Verdict#NOT_APPLICABLE} when the type has no such test (names, addresses)
 * @param checksPassed cross-checks involving the field that passed
 * @param checksFailed cross-checks involving the field that failed
 * @param template whether a template extractor (not the generic one) produced the field
 * @param plausible whether the value is in a sane range: dates in 1980-2079, amounts below 10^9
 *     with at most four decimals, texts of 2-300 characters with a letter or digit
 * @param ocr whether the field's first word came from OCR rather than a PDF text layer
 * @param agreed whether another extractor proposed the same value ({@link
 *     InvoiceFields#alternatives()}, compared as the evaluation compares values)
 * @param disputed whether another extractor proposed a different value
 * @param labelDistance the gap between the value's first box and the nearest printed label of its
 *     field on the same page, in multiples of the value's height (edge to edge, in points; 0 when
 *     they touch or overlap); {@code NaN} when the field has no lexicon label or none is printed on
 *     that page
 * @param labelled whether the lexicon has labels for the field at all ({@link
 *     FieldLabels#labelled})
 * @param region whether the value lies in a layout region where the field belongs
 */
public record FieldFeatures(
    double rawScore,
    double meanWordConfidence,
    double minWordConfidence,
    Verdict parse,
    int checksPassed,
    int checksFailed,
    boolean template,
    boolean plausible,
    boolean ocr,
    boolean agreed,
    boolean disputed,
    double labelDistance,
    boolean labelled,
    RegionFit region) {

  /** Label gaps at or beyond this many value heights count as the largest. */
  static final double MAX_LABEL_DISTANCE = 20;

  /** The generic extractor's id; any other extractor counts as a template. */
  public static final String GENERIC_EXTRACTOR_ID = "recto-generic";

  /** Names of {@link #vector()}'s entries, in order; written into the artifact. */
  public static final List<String> NAMES =
      List.of(
          "rawScore",
          "logitRawScore",
          "meanWordConfidence",
          "minWordConfidence",
          "parsePassed",
          "parseFailed",
          "checkPassed",
          "checkFailed",
          "template",
          "implausible",
          "ocr",
          "templateScore",
          "agreed",
          "disputed",
          "labelDistance",
          "labelMissing",
          "regionExpected",
          "regionOther");

  public FieldFeatures {
    Objects.requireNonNull(parse, "parse");
    Objects.requireNonNull(region, "region");
    if (labelDistance < 0) {
      throw new IllegalArgumentException("labelDistance must be >= 0 or NaN, was " + labelDistance);
    }
    if (checksPassed < 0 || checksFailed < 0) {
      throw new IllegalArgumentException("check counts must be >= 0");
    }
  }

  /**
   * The features of {@code key} in {@code fields}; finds the document's labels and runs the
   * cross-checks afresh: for several fields of one document, build one {@link DocumentEvidence} and
   * call {@link #of(DocumentEvidence, FieldKey)}.
   */
  public static FieldFeatures of(Document document, InvoiceFields fields, FieldKey key) {
    return of(DocumentEvidence.of(document, fields), key);
  }

  /**
   * The features of {@code key} in the evidence's fields.
   *
   * @param evidence the document, its merged fields, their cross-checks and labels
   * @param key a field present in the evidence's fields
   * @throws IllegalArgumentException when the field is absent
   */
  public static FieldFeatures of(DocumentEvidence evidence, FieldKey key) {
    Document document = evidence.document();
    InvoiceFields fields = evidence.fields();
    CheckReport checks = evidence.checks();
    ExtractedField f =
        fields.get(key).orElseThrow(() -> new IllegalArgumentException("no field " + key));
    double sum = 0;
    double min = 1;
    int n = 0;
    boolean ocr = false;
    for (int i = 0; i < f.provenance().size(); i++) {
      Provenance p = f.provenance().get(i);
      Page page =
          p.pageIndex() < document.pages().size() ? document.pages().get(p.pageIndex()) : null;
      if (page == null) {
        continue;
      }
      if (i == 0) {
        ocr = page.textSource() == TextSource.OCR;
      }
      Word w = closest(page, p.box());
      if (w != null) {
        sum += w.confidence();
        min = Math.min(min, w.confidence());
        n++;
      }
    }
    int passed = 0;
    int failed = 0;
    for (CheckOutcome o : checks.outcomesFor(key)) {
      if (o.verdict() == Verdict.PASSED) {
        passed++;
      } else if (o.verdict() == Verdict.FAILED) {
        failed++;
      }
    }
    boolean agreed = false;
    boolean disputed = false;
    for (ExtractedField alt : fields.alternativesOf(key)) {
      if (alt.extractorId().equals(f.extractorId())) {
        continue;
      }
      if (FieldComparison.matches(key.type(), f.value(), alt.value())) {
        agreed = true;
      } else {
        disputed = true;
      }
    }
    Provenance first = f.provenance().get(0);
    Page page =
        first.pageIndex() < document.pages().size()
            ? document.pages().get(first.pageIndex())
            : null;
    return new FieldFeatures(
        f.rawScore(),
        n == 0 ? 1 : sum / n,
        n == 0 ? 1 : min,
        ValueChecks.parse(key, f),
        passed,
        failed,
        !GENERIC_EXTRACTOR_ID.equals(f.extractorId()),
        ValueChecks.plausible(key, f),
        ocr,
        agreed,
        disputed,
        page == null ? Double.NaN : labelDistance(evidence.labels(), key, page, first.box()),
        FieldLabels.labelled(key),
        page == null ? RegionFit.NONE : RegionFit.of(key, page, first.box()));
  }

  /**
   * The edge-to-edge gap from {@code box} to the nearest label of {@code key} on {@code page}, in
   * points divided by the box's height in points; NaN when no label is printed there.
   */
  static double labelDistance(FieldLabels labels, FieldKey key, Page page, BoundingBox box) {
    double best = Double.NaN;
    double height = Math.max(box.height() * page.height(), 1);
    for (FieldLabels.Place label : labels.on(key, page.index())) {
      BoundingBox l = label.box();
      double dx = Math.max(0, Math.max(l.left() - box.right(), box.left() - l.right()));
      double dy = Math.max(0, Math.max(l.top() - box.bottom(), box.top() - l.bottom()));
      double d = Math.hypot(dx * page.width(), dy * page.height()) / height;
      if (Double.isNaN(best) || d < best) {
        best = d;
      }
    }
    return best;
  }

  /** The word whose box overlaps {@code box} most (intersection over union above 0.3), or null. */
  private static Word closest(Page page, BoundingBox box) {
    Word best = null;
    double bestIou = 0.3;
    for (Word w : page.words()) {
      double iou = iou(w.box(), box);
      if (iou > bestIou) {
        bestIou = iou;
        best = w;
        if (iou > 0.999) {
          break;
        }
      }
    }
    return best;
  }

  private static double iou(BoundingBox a, BoundingBox b) {
    double w = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
    double h = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
    if (w <= 0 || h <= 0) {
      return 0;
    }
    double inter = w * h;
    return inter / (a.area() + b.area() - inter);
  }

  /** The numeric form the logistic model reads, named by {@link #NAMES}. */
  public double[] vector() {
    double p = Math.min(1 - 1e-4, Math.max(1e-4, rawScore));
    return new double[] {
      rawScore,
      Math.log(p / (1 - p)) / 4,
      meanWordConfidence,
      minWordConfidence,
      parse == Verdict.PASSED ? 1 : 0,
      parse == Verdict.FAILED ? 1 : 0,
      Math.min(checksPassed, 2) / 2.0,
      checksFailed > 0 ? 1 : 0,
      template ? 1 : 0,
      plausible ? 0 : 1,
      ocr ? 1 : 0,
      template ? rawScore : 0,
      agreed ? 1 : 0,
      disputed ? 1 : 0,
      Double.isNaN(labelDistance)
          ? 0
          : Math.log1p(Math.min(labelDistance, MAX_LABEL_DISTANCE))
              / Math.log1p(MAX_LABEL_DISTANCE),
      labelled && Double.isNaN(labelDistance) ? 1 : 0,
      region == RegionFit.EXPECTED ? 1 : 0,
      region == RegionFit.OTHER ? 1 : 0
    };
  }
}
