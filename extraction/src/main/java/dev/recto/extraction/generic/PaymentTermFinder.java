package dev.recto.extraction.generic;

import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the payment terms sentence ({@code Net 30}, {@code Payment within 30 days}, {@code Zahlbar
 * innerhalb von 14 Tagen}, {@code Paiement à 30 jours}, ...): a segment with a number of days, in
 * any of the supported languages, taken whole with a wrapped continuation line.
 *
 * <p>Thread-safe: stateless.
 */
final class PaymentTermFinder {

  private static final Pattern TERMS =
      Pattern.compile(
          "(?iu)\\b(net|netto)\\s*\\d{1,3}\\b|\\b\\d{1,3}\\s*(days?|tagen?|jours|giorni|d[ií]as|dagen|dias)\\b");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern GLUED_DAYS =
      Pattern.compile("(?iu)\\b(\\d{1,3})(days?|tagen?|jours|giorni|d[ií]as|dagen|dias)\\b");
  private static final Pattern PAYMENT_WORD =
      Pattern.compile(
          "(?iu)\\b(terms?|payment|pay|payable|net|zahlbar|zahlungsziel|zahlung|netto|paiement|"
              + "r[eè]glement|pago|vencimiento|pagamento|bonifico|betaling|betalingstermijn|prazo)\\b");
  private static final Pattern TRIGGER =
      Pattern.compile("(?iu)\\b(within|innerhalb|sous|entro|binnen|a|à|en)\\b");

  /**
   * The payment-terms sentence of the document, with its words: among the segments with a number of
   * days, the one with the most payment words ({@code Zahlungsziel}, {@code payment}, {@code
   * bonifico}: two points each) and generic words ({@code within}, {@code innerhalb}: one point),
   * shorter sentences first on a tie, earlier ones after that.
   */
  Optional<FieldValue> find(List<PageLayout> layouts, Set<Segment> labelSegments) {
    FieldValue best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (PageLayout layout : layouts) {
      for (Segment s : layout.segments()) {
        if (!TERMS.matcher(s.text()).find()) {
          continue;
        }
        double score =
            2 * count(PAYMENT_WORD, s.text()) + count(TRIGGER, s.text()) - 0.01 * s.words().size();
        if (score > bestScore) {
          bestScore = score;
          best = withContinuation(layout, s, labelSegments);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static int count(Pattern p, String text) {
    int n = 0;
    java.util.regex.Matcher m = p.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * {@code line} with a space put back between a number and the word for days glued to it ({@code
   * sous 7jours} → {@code sous 7 jours}: OCR drops the space more often than a printer does).
   */
  static String spaceGluedDays(String line) {
    return GLUED_DAYS.matcher(line).replaceAll("$1 $2");
  }

  private static FieldValue withContinuation(
      PageLayout layout, Segment s, Set<Segment> labelSegments) {
    List<Word> words = new ArrayList<>(s.words());
    List<String> lines = new ArrayList<>(List.of(s.text()));
    Optional<Segment> next = layout.below(s, 1.6, 0.01);
    if (next.isPresent()) {
      Segment n = next.get();
      boolean aligned = Math.abs(n.box().left() - s.box().left()) <= 0.01;
      boolean shortTail =
          n.words().size() <= 2
              || Character.isLowerCase(n.text().charAt(0)) && n.words().size() <= 3;
      if (aligned
          && shortTail
          && (!labelSegments.contains(n) || Character.isLowerCase(n.text().charAt(0)))
          && !DIGIT.matcher(n.text()).find()
          && !s.text().endsWith(".")) {
        words.addAll(n.words());
        lines.add(n.text());
      }
    }
    lines.replaceAll(PaymentTermFinder::spaceGluedDays);
    return new FieldValue(
        TermAccents.restore(String.join(" ", lines)), null, String.join("\n", lines), words);
  }
}
