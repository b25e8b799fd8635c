package dev.recto.layout;

import dev.recto.core.ingest.PageImage;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Page;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Region;
import dev.recto.core.model.RegionType;
import dev.recto.core.model.Word;
import dev.recto.core.spi.LayoutEngine;
import dev.recto.layout.table.TableRegions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The geometric fallback: a recursive XY-cut over the page's words (whitespace gaps wider than a
 * multiple of the median word height split the page) into blocks, each labelled by position, font
 * size and keywords. No model, no image; used when the model is disabled and as the baseline the
 * model is measured against. Confidence is a fixed {@value #CONFIDENCE}.
 *
 * <p>Stateless and thread-safe.
 */
public final class GeometricLayoutEngine implements LayoutEngine {

  /** Provider and engine id. */
  public static final String ID = "xy-cut";

  static final double CONFIDENCE = 0.5;

  private static final Pattern PAYMENT =
      Pattern.compile(
          "\\b(iban|bic|swift|account|routing|bank|konto|banque|banca|bancaria|bancaire|"
              + "rekening|sort code|bankverbindung|payment|zahlung|paiement|pago|pagamento|"
              + "betaling)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TOTAL =
      Pattern.compile(
          "\\b(total|subtotal|summe|gesamt|zwischensumme|totale|totaal|importe|montant|"
              + "imponibile|amount due|balance|netto|brutto|subtotaal|base)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE =
      Pattern.compile(
          "^(invoice|tax invoice|rechnung|facture|factura|fattura|factuur|nota)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER = Pattern.compile("\\d");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean needsImage() {
    return false;
  }

  @Override
  public List<Region> detect(Page page, Optional<PageImage> image) {
    List<Word> words = page.words();
    if (words.isEmpty()) {
      return List.of();
    }
    double w = page.width();
    double h = page.height();
    double[] heights = words.stream().mapToDouble(x -> x.box().height() * h).sorted().toArray();
    double em = Math.max(1.0, heights[heights.length / 2]);
    List<List<Word>> blocks = new ArrayList<>();
    xyCut(new ArrayList<>(words), w, h, em, blocks, 0);
    double maxFont = words.stream().mapToDouble(x -> x.box().height()).max().orElse(0);
    List<Region> regions = new ArrayList<>();
    boolean titled = false;
    int parties = 0;
    List<List<Word>> ordered = ReadingOrder.sort(blocks, b -> union(b));
    for (List<Word> block : ordered) {
      BoundingBox box = union(block);
      String text = text(block);
      RegionType type;
      int lines = lineCount(block, em / h);
      if (box.top() > 0.9) {
        type = RegionType.PAGE_FOOTER;
      } else if (!titled
          && box.top() < 0.35
          && (TITLE.matcher(text.trim()).find()
              || block.stream().anyMatch(x -> x.box().height() >= maxFont * 0.95))
          && lines <= 2) {
        type = RegionType.TITLE;
        titled = true;
      } else if (PAYMENT.matcher(text).find()) {
        type = RegionType.PAYMENT_DETAILS;
      } else if (TOTAL.matcher(text).find() && box.top() > 0.4) {
        type = RegionType.TOTALS_BLOCK;
      } else if (lines >= 3 && box.width() > 0.5 && numericShare(block, em / h) >= 0.6) {
        type = RegionType.TABLE;
      } else if (box.top() < 0.45 && text.contains(":")) {
        type = RegionType.KEY_VALUE_GROUP;
      } else if (box.top() < 0.45 && lines >= 2 && parties < 2) {
        type = parties == 0 ? RegionType.VENDOR_BLOCK : RegionType.CUSTOMER_BLOCK;
        parties++;
      } else if (box.top() < 0.06 && page.index() > 0) {
        type = RegionType.PAGE_HEADER;
      } else {
        type = RegionType.TEXT;
      }
      regions.add(
          new Region(type, box, CONFIDENCE, new Provenance(page.index(), box, ID, "xy-cut", "1")));
    }
    return TableRegions.withStructure(page, regions, image);
  }

  @Override
  public void close() {
    // nothing to release
  }

  /** Recursive XY-cut in points: horizontal gaps over 1.2 em first, then vertical over 2 em. */
  private static void xyCut(
      List<Word> words, double w, double h, double em, List<List<Word>> out, int depth) {
    if (words.size() <= 1 || depth > 40) {
      out.add(words);
      return;
    }
    List<List<Word>> parts = split(words, true, h, 1.2 * em);
    if (parts.size() <= 1) {
      parts = split(words, false, w, 2.0 * em);
    }
    if (parts.size() <= 1) {
      out.add(words);
      return;
    }
    for (List<Word> p : parts) {
      xyCut(p, w, h, em, out, depth + 1);
    }
  }

  private static List<List<Word>> split(List<Word> words, boolean alongY, double size, double gap) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble(x -> alongY ? x.box().top() : x.box().left()));
    List<List<Word>> parts = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    double reach = Double.NEGATIVE_INFINITY;
    for (Word x : sorted) {
      double s = (alongY ? x.box().top() : x.box().left()) * size;
      double e = (alongY ? x.box().bottom() : x.box().right()) * size;
      if (!current.isEmpty() && s - reach > gap) {
        parts.add(current);
        current = new ArrayList<>();
      }
      current.add(x);
      reach = Math.max(reach, e);
    }
    parts.add(current);
    return parts;
  }

  private static BoundingBox union(List<Word> words) {
    BoundingBox b = words.get(0).box();
    for (Word x : words) {
      b = b.union(x.box());
    }
    return b;
  }

  private static String text(List<Word> words) {
    StringBuilder sb = new StringBuilder();
    for (Word x : ReadingOrder.sort(words, Word::box)) {
      sb.append(x.text()).append(' ');
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static int lineCount(List<Word> words, double emRel) {
    double[] tops = words.stream().mapToDouble(x -> x.box().centerY()).sorted().toArray();
    int lines = 1;
    for (int i = 1; i < tops.length; i++) {
      if (tops[i] - tops[i - 1] > emRel * 0.6) {
        lines++;
      }
    }
    return lines;
  }

  private static double numericShare(List<Word> words, double emRel) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble(x -> x.box().centerY()));
    int lines = 0;
    int numeric = 0;
    double last = Double.NEGATIVE_INFINITY;
    boolean hasNumber = false;
    for (Word x : sorted) {
      if (x.box().centerY() - last > emRel * 0.6) {
        if (lines > 0 && hasNumber) {
          numeric++;
        }
        lines++;
        hasNumber = false;
      }
      last = x.box().centerY();
      hasNumber |= NUMBER.matcher(x.text()).find();
    }
    if (hasNumber) {
      numeric++;
    }
    return lines == 0 ? 0 : (double) numeric / lines;
  }

  static String describe(List<Region> regions) {
    return Arrays.toString(regions.stream().map(r -> r.type().name()).toArray());
  }
}
