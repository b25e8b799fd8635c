package dev.recto.extraction.generic;

import dev.recto.core.model.Word;
import dev.recto.extraction.parse.DateOrder;
import dev.recto.extraction.parse.NumberConvention;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How one document writes numbers and dates, decided from the document's own evidence: its numeric
 * words first, then the language of its labels (and {@code $} for US English) as a hint.
 *
 * @param locale the locale guessed from the labels, used only as a tie-breaker
 * @param numbers decimal separator of the document's amounts
 * @param dateOrder order of numeric dates
 */
record DocumentConventions(Locale locale, NumberConvention numbers, DateOrder dateOrder) {

  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Set<LabelRole> UNIVERSAL = EnumSet.of(LabelRole.IBAN, LabelRole.SWIFT);

  DocumentConventions {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(numbers, "numbers");
    Objects.requireNonNull(dateOrder, "dateOrder");
  }

  /** Decides the conventions of a document from its words and the labels found in it. */
  static DocumentConventions decide(List<Word> words, List<LabelHit> hits) {
    Map<String, Integer> votes = new HashMap<>();
    for (LabelHit h : hits) {
      if (!UNIVERSAL.contains(h.role())) {
        votes.merge(h.language(), 1, Integer::sum);
      }
    }
    String language =
        votes.entrySet().stream()
            .max(
                Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .orElse("en");
    List<String> numeric = new ArrayList<>();
    boolean dollar = false;
    for (Word w : words) {
      if (DIGIT.matcher(w.text()).find()) {
        numeric.add(w.text());
      }
      dollar |= w.text().contains("$") || w.text().equals("USD");
    }
    Locale locale = locale(language, dollar);
    return new DocumentConventions(
        locale,
        NumberConvention.fromEvidence(numeric, locale),
        DateOrder.fromEvidence(numeric, locale));
  }

  private static Locale locale(String language, boolean dollar) {
    return switch (language) {
      case "de" -> Locale.GERMANY;
      case "fr" -> Locale.FRANCE;
      case "es" -> new Locale("es", "ES");
      case "it" -> Locale.ITALY;
      case "nl" -> new Locale("nl", "NL");
      case "pt" -> new Locale("pt", "PT");
      default -> dollar ? Locale.US : Locale.UK;
    };
  }
}
