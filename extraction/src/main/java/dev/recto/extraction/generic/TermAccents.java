package dev.recto.extraction.generic;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the accents OCR drops from the few accented words of a payment-terms sentence ({@code
 * Vencimiento a 30 dias} → {@code días}, {@code Reglement a 30 jours net} → {@code Règlement à 30
 * jours net}): at scan resolution PP-OCR loses most marks over small letters, and these sentences
 * draw on a closed vocabulary. The sentence's language is told by its other words (Spanish {@code
 * pago}, {@code vencimiento}, {@code fecha}; French {@code règlement}, {@code paiement}, {@code
 * jours}; German {@code zahlbar}, {@code tage}; Portuguese {@code pagamento}, {@code prazo}), since
 * the same word is written differently across them (Spanish {@code días}, Portuguese {@code dias}).
 * Only whole words of that language's list change, keeping their capital; a sentence of no known
 * language, or of two, is returned as it is.
 *
 * <p>Stateless and thread-safe.
 */
final class TermAccents {

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private record Language(Set<String> cues, Map<String, String> accented) {}

  private static final Map<String, Language> LANGUAGES =
      Map.of(
          "es",
          new Language(
              Set.of("pago", "vencimiento", "fecha", "factura", "contado", "neto"),
              Map.of("dias", "días", "despues", "después", "recepcion", "recepción")),
          "fr",
          new Language(
              Set.of("reglement", "paiement", "jours", "facture", "reception", "echeance"),
              Map.of(
                  "reglement", "règlement",
                  "reception", "réception",
                  "echeance", "échéance",
                  "apres", "après",
                  "a", "à")),
          "de",
          new Language(
              Set.of("zahlbar", "tage", "tagen", "innerhalb", "zahlungsziel", "netto", "abzug"),
              Map.of("fallig", "fällig", "uber", "über")),
          "pt",
          new Language(
              Set.of("pagamento", "prazo", "fatura", "vencimento"), Map.of("apos", "após")));

  private TermAccents() {}

  /** {@code sentence} with the accents of its language's payment words put back. */
  static String restore(String sentence) {
    Language language = null;
    for (Language l : LANGUAGES.values()) {
      if (hasCue(sentence, l)) {
        if (language != null) {
          return sentence; // two languages' cues: leave it
        }
        language = l;
      }
    }
    if (language == null) {
      return sentence;
    }
    Matcher m = WORD.matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String word = m.group();
      String accented = language.accented().get(word.toLowerCase(Locale.ROOT));
      m.appendReplacement(
          out, Matcher.quoteReplacement(accented == null ? word : withCase(accented, word)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static boolean hasCue(String sentence, Language language) {
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      if (language.cues().contains(TextFolding.fold(m.group()))) {
        return true;
      }
    }
    return false;
  }

  /** {@code accented} in the case of {@code read}: all capitals, a first capital, or none. */
  private static String withCase(String accented, String read) {
    if (read.length() > 1 && read.equals(read.toUpperCase(Locale.ROOT))) {
      return accented.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(read.charAt(0))) {
      return Character.toUpperCase(accented.charAt(0)) + accented.substring(1);
    }
    return accented;
  }
}
