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
  private static final Pattern TRIGGER =
      Pattern.compile(
          "(?iu)\\b(terms?|payment|pay|within|net|zahlbar|zahlungsziel|innerhalb|netto|paiement|"
              + "payable|r[eè]glement|sous|pago|vencimiento|pagamento|bonifico|entro|betaling|"
              + "betalingstermijn|binnen|prazo)\\b");

  /**
   * The payment-terms sentence of the document, with its words: the first segment with a number of
   * days and a payment word ({@code within}, {@code zahlbar}, {@code paiement}, ...), else the
   * first with a number of days alone.
   */
  Optional<FieldValue> find(List<PageLayout> layouts, Set<Segment> labelSegments) {
    Optional<FieldValue> weak = Optional.empty();
    for (PageLayout layout : layouts) {
      for (Segment s : layout.segments()) {
        if (!TERMS.matcher(s.text()).find()) {
          continue;
        }
        FieldValue v = withContinuation(layout, s, labelSegments);
        if (TRIGGER.matcher(s.text()).find()) {
          return Optional.of(v);
        }
        if (weak.isEmpty()) {
          weak = Optional.of(v);
        }
      }
    }
    return weak;
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
    return new FieldValue(String.join(" ", lines), null, String.join("\n", lines), words);
  }
}
