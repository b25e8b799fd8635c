package dev.recto.extraction.generic;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back spaces OCR drops in company names where a printer never leaves them out: around an
 * ampersand between words ({@code Aurora& Oakridge} → {@code Aurora & Oakridge}; {@code AT&T}, with
 * no space on either side, stays), before a legal form in capitals glued to a word ending in a
 * small letter ({@code Tandem HandelAG} → {@code Tandem Handel AG}, {@code Quartz ElectricsLLC}),
 * and before a Malaysian {@code SDN BHD} glued to a word in capitals ({@code INTERNATIONALSDN BHD},
 * {@code PINTARSDNBHD}). An {@code 8} standing alone between words in capitals is the ampersand OCR
 * misread ({@code STATIONERY 8 BOOKS}). A misread {@code SDN BHD} that ends the name is put right
 * ({@link #sdnBhd}). Camel-case words are left alone ({@code DeSilva}, {@code McKinsey}): only the
 * legal forms below are split off.
 *
 * <p>Stateless and thread-safe.
 */
final class NameSpaces {

  private static final Pattern AMPERSAND_LEFT = Pattern.compile("(?<=\\p{L})&(?=\\s)");
  private static final Pattern AMPERSAND_RIGHT = Pattern.compile("(?<=\\s)&(?=\\p{L})");
  private static final Pattern GLUED_FORM =
      Pattern.compile(
          "(?<=\\p{Ll}{2})(AG|GmbH|KG|SA|SAS|SARL|EURL|BV|NV|LLC|LLP|Ltd|Inc|PLC|SpA)\\b");

  private static final Pattern GLUED_SDN = Pattern.compile("(?<=\\p{Lu}{3})SDN(?=\\s*BHD\\b)");
  private static final Pattern SDN_BHD = Pattern.compile("\\bSDNBHD\\b");

  private static final Pattern MISREAD_SDN_BHD =
      Pattern.compile("(?i)(?<=\\s)(?:s[oi0]n|sdm)\\s+bh[dio0]\\.?$|(?<=\\s)sdn\\s+bh[io0]\\.?$");

  private static final Pattern EIGHT_FOR_AMPERSAND =
      Pattern.compile("(?<=\\p{Lu}{2}) 8 (?=\\p{Lu}{2})");

  private NameSpaces() {}

  /**
   * {@code name} with a misread {@code SDN BHD} at its end put right ({@code son bhd}, {@code SIN
   * BHI}): the Malaysian private company's legal form, the only one of that shape; small letters
   * stay small.
   */
  static String sdnBhd(String name) {
    Matcher m = MISREAD_SDN_BHD.matcher(name);
    if (!m.find()) {
      return name;
    }
    String form = m.group().equals(m.group().toLowerCase(Locale.ROOT)) ? "sdn bhd" : "SDN BHD";
    return name.substring(0, m.start()) + form + (m.group().endsWith(".") ? "." : "");
  }

  /** {@code name} with those spaces put back. */
  static String restore(String name) {
    String s = EIGHT_FOR_AMPERSAND.matcher(name).replaceAll(" & ");
    s = AMPERSAND_LEFT.matcher(s).replaceAll(" &");
    s = AMPERSAND_RIGHT.matcher(s).replaceAll("& ");
    s = GLUED_SDN.matcher(s).replaceAll(" SDN");
    s = SDN_BHD.matcher(s).replaceAll("SDN BHD");
    s = sdnBhd(s);
    return GLUED_FORM.matcher(s).replaceAll(" $1");
  }
}
