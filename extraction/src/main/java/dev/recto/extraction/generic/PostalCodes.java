package dev.recto.extraction.generic;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the space that OCR drops inside postal codes of an address line: a British postcode's
 * outward and inward codes ({@code AV993XH} → {@code AV99 3XH}; the inward code is a digit and two
 * letters from {@code ABD-HJLNP-UW-Z}, per the Royal Mail's format) and a US state code glued to
 * its ZIP code ({@code MA12467} → {@code MA 12467}; the two letters must be a USPS state or
 * territory code), a Dutch postcode's digits and letters ({@code 4701LW} → {@code 4701 LW}, as
 * PostNL writes it), and a house number or postal code glued to the word beside it ({@code 144Oak}
 * → {@code 144 Oak}, {@code 88021Strasbourg} → {@code 88021 Strasbourg}, {@code Gracht182} → {@code
 * Gracht 182}: a run of digits against a capitalized word, or a word ending in two small letters
 * against up to five digits), and a five-digit postal code glued to a town in capitals ({@code
 * 81750JOHOR} → {@code 81750 JOHOR}, as Malaysian receipts print it); puts the comma back before a
 * state and ZIP, and reads a state code with a digit for a letter as the code it is ({@code C0
 * 50445} → {@code CO 50445}, also glued: {@code C024216} → {@code CO 24216}) and a British inward
 * code's first digit read as a letter as that digit ({@code SM1 ONN} → {@code SM1 0NN}). Other
 * words pass unchanged.
 *
 * <p>Stateless and thread-safe.
 */
final class PostalCodes {

  private static final Pattern UK =
      Pattern.compile("([A-Z]{1,2}\\d[A-Z\\d]?)(\\d[ABD-HJLNP-UW-Z]{2})([,.]?)");
  private static final Pattern UK_OUTWARD = Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]?");
  private static final Pattern MISREAD_INWARD = Pattern.compile("[OI][ABD-HJLNP-UW-Z]{2}[,.]?");
  private static final Pattern US = Pattern.compile("([A-Z]{2})(\\d{5}(?:-\\d{4})?)([,.]?)");
  private static final Pattern MISREAD_US =
      Pattern.compile("([A-Z][0158]|[0158][A-Z])(\\d{5}(?:-\\d{4})?)([,.]?)");
  private static final Pattern NL = Pattern.compile("(\\d{4})([A-Z]{2})([,.]?)");
  private static final Pattern NUMBER_WORD = Pattern.compile("(\\d{2,})(\\p{Lu}\\p{Ll}{2,}[,.]?)");
  private static final Pattern POSTCODE_TOWN = Pattern.compile("(\\d{5})(\\p{Lu}{3,}[,.]?)");
  private static final Pattern WORD_NUMBER = Pattern.compile("(\\p{L}+\\p{Ll}{2})(\\d{1,5}[,.]?)");
  private static final Pattern CITY_POINT = Pattern.compile("\\p{L}{2,}\\.");
  private static final Pattern ZIP = Pattern.compile("\\d{5}(?:-\\d{4})?[,.]?");
  private static final Set<String> STATES =
      Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
          "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
          "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
          "VA", "WA", "WV", "WI", "WY", "DC", "AS", "GU", "MP", "PR", "VI");

  private PostalCodes() {}

  /**
   * {@code line} with each glued postal code split at its space, and a point before a US state and
   * ZIP code read as the comma it is ({@code Albany. CO 55888} → {@code Albany, CO 55888}: at scan
   * resolution the comma's tail is lost).
   */
  static String spaceGlued(String line) {
    String[] words = String.join(" ", spaceEach(line.split(" ", -1))).split(" ", -1);
    for (int i = 0; i + 1 < words.length; i++) {
      words[i + 1] = inwardRead(words[i], words[i + 1]);
    }
    for (int i = 0; i + 2 < words.length; i++) {
      words[i + 1] = stateRead(words[i + 1], words[i + 2]);
      if (CITY_POINT.matcher(words[i]).matches()
          && STATES.contains(words[i + 1])
          && ZIP.matcher(words[i + 2]).matches()) {
        words[i] = words[i].substring(0, words[i].length() - 1) + ",";
      }
    }
    return String.join(" ", words);
  }

  /**
   * {@code word} as a British inward code when it follows an outward code and reads its digit as
   * the letter {@code O} or {@code I} ({@code SM1 ONN} → {@code SM1 0NN}): the inward code always
   * starts with a digit. Else {@code word}.
   */
  private static String inwardRead(String previous, String word) {
    if (!UK_OUTWARD.matcher(previous).matches() || !MISREAD_INWARD.matcher(word).matches()) {
      return word;
    }
    return (word.charAt(0) == 'O' ? "0" : "1") + word.substring(1);
  }

  /**
   * {@code word} as the US state code it stands for when it is one with a digit read for a letter
   * ({@code C0} → {@code CO}, {@code 1L} → {@code IL}) and a ZIP code follows; else {@code word}.
   */
  private static String stateRead(String word, String next) {
    if (word.length() != 2 || STATES.contains(word) || !ZIP.matcher(next).matches()) {
      return word;
    }
    String letters = stateLetters(word);
    return letters != null ? letters : word;
  }

  /**
   * The US state code that two characters with one digit read for a letter stand for ({@code C0} →
   * {@code CO}, {@code 0H} → {@code OH}), or null.
   */
  private static String stateLetters(String two) {
    int digits = (int) two.chars().filter(Character::isDigit).count();
    if (two.length() != 2 || digits != 1) {
      return null;
    }
    String letters = two.replace('0', 'O').replace('1', 'I').replace('5', 'S').replace('8', 'B');
    return STATES.contains(letters) ? letters : null;
  }

  private static String[] spaceEach(String[] words) {
    for (int i = 0; i < words.length; i++) {
      words[i] = spaceGluedWord(words[i]);
    }
    return words;
  }

  static String spaceGluedWord(String word) {
    Matcher us = US.matcher(word);
    if (us.matches() && STATES.contains(us.group(1))) {
      return us.group(1) + " " + us.group(2) + us.group(3);
    }
    Matcher misreadUs = MISREAD_US.matcher(word);
    if (misreadUs.matches()) {
      String state = stateLetters(misreadUs.group(1));
      if (state != null) {
        return state + " " + misreadUs.group(2) + misreadUs.group(3); // "C024216": CO 24216
      }
    }
    Matcher uk = UK.matcher(word);
    if (uk.matches()) {
      return uk.group(1) + " " + uk.group(2) + uk.group(3);
    }
    Matcher nl = NL.matcher(word);
    if (nl.matches()) {
      return nl.group(1) + " " + nl.group(2) + nl.group(3);
    }
    Matcher numberWord = NUMBER_WORD.matcher(word);
    if (numberWord.matches()) {
      return numberWord.group(1) + " " + numberWord.group(2);
    }
    Matcher postcodeTown = POSTCODE_TOWN.matcher(word);
    if (postcodeTown.matches()) {
      return postcodeTown.group(1) + " " + postcodeTown.group(2);
    }
    Matcher wordNumber = WORD_NUMBER.matcher(word);
    if (wordNumber.matches()) {
      return wordNumber.group(1) + " " + wordNumber.group(2);
    }
    return word;
  }
}
