package dev.recto.extraction.generic;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.Word;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the subtotal, discount, tax and total among their candidates so that they add up: {@code
 * SubTotal - TotalDiscount + TotalTax = InvoiceTotal} within one cent. Among the combinations of
 * each field's best {@value #TOP} candidates (or none), a consistent one earns a bonus of {@value
 * #CONSISTENT_BONUS} over the sum of its scores; without any consistent one, each field keeps its
 * best candidate. A line labelled {@code Subtotal} that prints the gross amount thus loses to
 * {@code Exclusief BTW} when only the latter adds up. Subtotal candidates also stand as total
 * candidates, their score times {@value #SUBTOTAL_AS_TOTAL}: {@code Net Total} is the amount before
 * tax on a British invoice but the amount paid on a Malaysian receipt ({@code SubTotal 179.00},
 * {@code GST 10.74}, {@code Net Total 189.75}), and only the sums tell which. Total candidates of
 * zero go after all others ({@link #zerosLast}). Stateless.
 */
final class TotalsResolver {

  static final int TOP = 3;
  static final double CONSISTENT_BONUS = 1.5;
  static final double SUBTOTAL_AS_TOTAL_FACTOR = 0.8;
  static final double SUBTOTAL_AS_TOTAL = 0.5;
  private static final BigDecimal CENT = new BigDecimal("0.01");

  private TotalsResolver() {}

  /**
   * The chosen candidate per field; {@code ranked} holds every field's candidates, best first.
   * Fields other than the four totals are returned as their best candidate.
   */
  static Map<FieldKey, Candidate> choose(Map<FieldKey, List<Candidate>> ranked) {
    ranked = new EnumMap<>(ranked);
    ranked.computeIfPresent(FieldKey.INVOICE_TOTAL, (k, list) -> zerosLast(list));
    Map<FieldKey, Candidate> out = new EnumMap<>(FieldKey.class);
    ranked.forEach((k, list) -> out.put(k, list.get(0)));
    List<Candidate> subs = options(ranked, FieldKey.SUB_TOTAL);
    List<Candidate> discounts = options(ranked, FieldKey.TOTAL_DISCOUNT);
    List<Candidate> taxes = options(ranked, FieldKey.TOTAL_TAX);
    List<Candidate> totals = options(ranked, FieldKey.INVOICE_TOTAL);
    for (Candidate sub : subs) {
      if (sub != null) {
        totals.add(
            new Candidate(FieldKey.INVOICE_TOTAL, sub.value(), sub.score() * SUBTOTAL_AS_TOTAL));
      }
    }
    double bestScore = Double.NEGATIVE_INFINITY;
    Candidate[] best = null;
    for (Candidate sub : subs) {
      for (Candidate disc : discounts) {
        for (Candidate tax : taxes) {
          for (Candidate total : totals) {
            if (sub == null
                || total == null
                || sub.value().words().equals(total.value().words())
                || !addsUp(sub, disc, tax, total)) {
              continue;
            }
            double score = score(sub) + score(disc) + score(tax) + score(total) + CONSISTENT_BONUS;
            if (score > bestScore) {
              bestScore = score;
              best = new Candidate[] {sub, disc, tax, total};
            }
          }
        }
      }
    }
    if (best != null) {
      put(out, FieldKey.SUB_TOTAL, best[0]);
      put(out, FieldKey.TOTAL_DISCOUNT, best[1]);
      put(out, FieldKey.TOTAL_TAX, best[2]);
      put(out, FieldKey.INVOICE_TOTAL, best[3]);
    }
    subtotalAsTotal(out, ranked.getOrDefault(FieldKey.TOTAL_TAX, List.of()));
    dueAsTotal(out);
    return out;
  }

  /**
   * Without any total, the chosen amount due is the total ({@code Sub Total 129.30}, {@code Amt Due
   * 129.30}, {@code GST @6% 7.30} on a receipt whose prices include the tax), its score lowered by
   * {@value #SUBTOTAL_AS_TOTAL_FACTOR}: an amount due never exceeds the total, and with nothing
   * else printed it is the best reading of it.
   */
  static void dueAsTotal(Map<FieldKey, Candidate> chosen) {
    Candidate due = chosen.get(FieldKey.AMOUNT_DUE);
    if (chosen.containsKey(FieldKey.INVOICE_TOTAL) || due == null) {
      return;
    }
    chosen.put(
        FieldKey.INVOICE_TOTAL,
        new Candidate(FieldKey.INVOICE_TOTAL, due.value(), due.score() * SUBTOTAL_AS_TOTAL_FACTOR));
  }

  /**
   * Without any total candidate, the chosen subtotal is the total when no tax candidate ({@code
   * taxes}) is printed after it: a receipt's {@code SUBTOTAL: 28.60} with no tax at all, or {@code
   * NET TOTAL 343.95} printed under its {@code GST 6% 19.47} ("net" names the final amount there,
   * not the amount before tax). In the second case the amount is no subtotal and is taken out of
   * that field. Its score is lowered by {@value #SUBTOTAL_AS_TOTAL_FACTOR}.
   */
  static void subtotalAsTotal(Map<FieldKey, Candidate> chosen, List<Candidate> taxes) {
    Candidate sub = chosen.get(FieldKey.SUB_TOTAL);
    if (chosen.containsKey(FieldKey.INVOICE_TOTAL) || sub == null) {
      return;
    }
    if (!taxes.stream().allMatch(t -> isAbove(t, sub))) {
      return;
    }
    chosen.put(
        FieldKey.INVOICE_TOTAL,
        new Candidate(FieldKey.INVOICE_TOTAL, sub.value(), sub.score() * SUBTOTAL_AS_TOTAL_FACTOR));
    if (!taxes.isEmpty()) {
      chosen.remove(FieldKey.SUB_TOTAL);
    }
  }

  /** True when {@code a}'s words end above the top of {@code b}'s, on the same page. */
  private static boolean isAbove(Candidate a, Candidate b) {
    List<Word> aw = a.value().words();
    List<Word> bw = b.value().words();
    if (aw.isEmpty() || bw.isEmpty()) {
      return false;
    }
    Word last = aw.get(aw.size() - 1);
    Word first = bw.get(0);
    return last.provenance().pageIndex() == first.provenance().pageIndex()
        && last.box().bottom() <= first.box().top();
  }

  /**
   * {@code candidates} with the zero amounts after the others, each group in its order: a receipt's
   * {@code Total GST : 0.00} or {@code Rounding 0.00} is not its total while a non-zero amount
   * stands under a total label too. A total of zero stays when it is the only reading.
   */
  static List<Candidate> zerosLast(List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    List<Candidate> zeros = new ArrayList<>();
    for (Candidate c : candidates) {
      (isZero(c) ? zeros : out).add(c);
    }
    out.addAll(zeros);
    return out;
  }

  private static boolean isZero(Candidate c) {
    try {
      return amount(c).signum() == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void put(Map<FieldKey, Candidate> out, FieldKey key, Candidate c) {
    if (c != null) {
      out.put(key, c);
    }
  }

  private static List<Candidate> options(Map<FieldKey, List<Candidate>> ranked, FieldKey key) {
    List<Candidate> out = new ArrayList<>();
    List<Candidate> list = ranked.getOrDefault(key, List.of());
    for (int i = 0; i < Math.min(TOP, list.size()); i++) {
      out.add(list.get(i));
    }
    out.add(null);
    return out;
  }

  private static double score(Candidate c) {
    return c == null ? 0 : c.score();
  }

  private static boolean addsUp(Candidate sub, Candidate disc, Candidate tax, Candidate total) {
    BigDecimal sum = amount(sub);
    if (disc != null) {
      sum = sum.subtract(amount(disc).abs());
    }
    if (tax != null) {
      sum = sum.add(amount(tax));
    }
    if (disc == null && tax == null) {
      return false; // subtotal = total alone proves nothing
    }
    return sum.subtract(amount(total)).abs().compareTo(CENT) <= 0;
  }

  private static BigDecimal amount(Candidate c) {
    return new BigDecimal(c.value().value());
  }
}
