package dev.recto.samples.synth;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Loads the synthetic-invoice locales from {@code locales/<id>.properties} next to this class
 * (UTF-8; alternatives separated by {@code |}).
 *
 * <p>Stateless and thread-safe; each {@link #load} call reads the files again, so callers load once
 * and keep the list.
 */
public final class SynthLocales {

  /** The locale ids, in the fixed order used for random picks. */
  public static final List<String> IDS =
      List.of("en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL");

  private SynthLocales() {}

  /** All locales in {@link #IDS} order. */
  public static List<SynthLocale> load() {
    List<SynthLocale> out = new ArrayList<>();
    for (String id : IDS) {
      out.add(load(id));
    }
    return List.copyOf(out);
  }

  /** One locale by id. */
  public static SynthLocale load(String id) {
    Properties p = new Properties();
    String resource = "locales/" + id + ".properties";
    try (InputStream in = SynthLocales.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("unknown locale " + id + "; known: " + IDS);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
    List<String> months = list(p, "months");
    List<String> monthsShort = list(p, "monthsShort");
    List<DatePattern> dates = new ArrayList<>();
    for (String pattern : list(p, "datePatterns")) {
      dates.add(new DatePattern(pattern, months, monthsShort));
    }
    Map<Label, List<String>> labels = new EnumMap<>(Label.class);
    for (Label label : Label.values()) {
      labels.put(label, list(p, "label." + label.key()));
    }
    List<String> addressLines = new ArrayList<>();
    for (int i = 1; p.getProperty("addressLine" + i) != null; i++) {
      addressLines.add(p.getProperty("addressLine" + i));
    }
    List<String> regions = list(p, "states");
    if (regions.isEmpty()) {
      regions = list(p, "provinces");
    }
    return new SynthLocale(
        id,
        required(p, "language"),
        required(p, "country"),
        "LETTER".equals(required(p, "pageSize")),
        required(p, "currency"),
        required(p, "currencySymbol"),
        SynthLocale.CurrencyPlacement.valueOf(required(p, "currencyPlacement")),
        new NumberStyle(
            required(p, "decimalSeparator").charAt(0), required(p, "groupSeparator").charAt(0)),
        dates,
        rates(list(p, "taxRates")),
        rates(list(p, "taxRatesReduced")),
        Boolean.parseBoolean(required(p, "percentSpace")),
        list(p, "legalForms"),
        addressLines,
        list(p, "postcode"),
        regions,
        required(p, "countryName"),
        required(p, "taxIdPattern"),
        list(p, "bank"),
        labels);
  }

  private static String required(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null || v.isEmpty()) {
      throw new IllegalStateException("locale file lacks " + key);
    }
    return v;
  }

  private static List<String> list(Properties p, String key) {
    String v = p.getProperty(key, "").strip();
    if (v.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(v.split("\\|")).map(String::strip).toList();
  }

  private static List<BigDecimal> rates(List<String> values) {
    return values.stream().map(BigDecimal::new).toList();
  }
}
