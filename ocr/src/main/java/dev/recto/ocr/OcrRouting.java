package dev.recto.ocr;

import dev.recto.ocr.tesseract.TesseractEngine;
import dev.recto.ocr.tesseract.TesseractOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which OCR engine reads a document, chosen by the document's language.
 *
 * <p>PP-OCR's recognizer only outputs the characters of its dictionary ({@code ppocr_keys_v1.txt}:
 * Chinese, ASCII and a few Latin-1 letters), which lacks letters such as {@code ö ß ç ñ ø å ł} and
 * {@code €}; on a German page it reads {@code Größe} as {@code GroBe} (see {@code docs/ocr.md},
 * "Latin letters outside PP-OCR's dictionary"). The {@linkplain #defaults() default routing} sends
 * every language whose alphabet has such letters to Tesseract with that language's model, and all
 * others (English, Chinese, unknown) to PP-OCR.
 *
 * <p>Immutable and thread-safe; derive variants with {@link #withEngine} and {@link
 * #withTessdataPath}.
 *
 * <pre>{@code
 * OcrRoute route = OcrRouting.defaults().route("de");
 * route.engineId();              // "tesseract"
 * route.tesseract().languages(); // "deu+eng" (or "eng" when deu.traineddata is not installed)
 * DocumentProcessor processor = DocumentProcessor.builder()
 *     .ocrProviders(route.providers()).ocrEngine(route.engineId()).build();
 * }</pre>
 *
 * @param engineByLanguage engine id by ISO 639-1 language code (lower case), e.g. {@code de ->
 *     tesseract}
 * @param defaultEngine engine id for languages without an entry
 * @param tessdataPath where Tesseract's language files ({@code deu.traineddata}) are looked up
 */
public record OcrRouting(
    Map<String, String> engineByLanguage, String defaultEngine, Path tessdataPath) {

  /** PP-OCR's engine id (the default engine). */
  public static final String PPOCR = "ppocr";

  /**
   * Tesseract's language code by ISO 639-1 code, for the languages whose alphabets PP-OCR's
   * dictionary lacks letters of (checked by {@code OcrRoutingTest}), plus English.
   */
  public static final Map<String, String> TESSERACT_CODES =
      Map.ofEntries(
          Map.entry("ca", "cat"),
          Map.entry("cs", "ces"),
          Map.entry("da", "dan"),
          Map.entry("de", "deu"),
          Map.entry("en", "eng"),
          Map.entry("es", "spa"),
          Map.entry("et", "est"),
          Map.entry("fi", "fin"),
          Map.entry("fr", "fra"),
          Map.entry("hr", "hrv"),
          Map.entry("hu", "hun"),
          Map.entry("is", "isl"),
          Map.entry("it", "ita"),
          Map.entry("lt", "lit"),
          Map.entry("lv", "lav"),
          Map.entry("nb", "nor"),
          Map.entry("nl", "nld"),
          Map.entry("no", "nor"),
          Map.entry("pl", "pol"),
          Map.entry("pt", "por"),
          Map.entry("ro", "ron"),
          Map.entry("sk", "slk"),
          Map.entry("sl", "slv"),
          Map.entry("sv", "swe"),
          Map.entry("tr", "tur"));

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  public OcrRouting {
    Map<String, String> copy = new TreeMap<>();
    for (Map.Entry<String, String> e : engineByLanguage.entrySet()) {
      copy.put(language(e.getKey()), engineId(e.getValue()));
    }
    engineByLanguage = Map.copyOf(copy);
    defaultEngine = engineId(defaultEngine);
    Objects.requireNonNull(tessdataPath, "tessdataPath");
  }

  /**
   * Every language of {@link #TESSERACT_CODES} but English to Tesseract, everything else to PP-OCR;
   * Tesseract's languages from Debian's {@link TesseractOptions#DEBIAN_TESSDATA}.
   */
  public static OcrRouting defaults() {
    Map<String, String> routes = new TreeMap<>();
    for (String lang : TESSERACT_CODES.keySet()) {
      if (!lang.equals("en")) {
        routes.put(lang, TesseractEngine.ID);
      }
    }
    return new OcrRouting(routes, PPOCR, TesseractOptions.DEBIAN_TESSDATA);
  }

  /** The same routing with {@code language} sent to {@code engine}. */
  public OcrRouting withEngine(String language, String engine) {
    Map<String, String> routes = new TreeMap<>(engineByLanguage);
    routes.put(language(language), engineId(engine));
    return new OcrRouting(routes, defaultEngine, tessdataPath);
  }

  /** The same routing with Tesseract's language files looked up in {@code path}. */
  public OcrRouting withTessdataPath(Path path) {
    return new OcrRouting(engineByLanguage, defaultEngine, path);
  }

  /**
   * The engine id for a language.
   *
   * @param language an ISO 639-1 code, optionally with a region ({@code de}, {@code de-AT}, {@code
   *     pt_BR}); case is ignored
   * @throws IllegalArgumentException when it is not such a code
   */
  public String engineFor(String language) {
    return engineByLanguage.getOrDefault(language(language), defaultEngine);
  }

  /**
   * The engine and its settings for a language. Tesseract gets the language's model plus English
   * ({@code deu+eng}) when {@code <code>.traineddata} is in {@link #tessdataPath()}, otherwise
   * English alone and a warning that says which package to install.
   *
   * @throws IllegalArgumentException when {@code language} is not an ISO 639-1 code
   */
  public OcrRoute route(String language) {
    String lang = language(language);
    String engine = engineFor(lang);
    TesseractOptions tesseract = TesseractOptions.defaults().withTessdataPath(tessdataPath);
    Optional<String> warning = Optional.empty();
    String code = TESSERACT_CODES.get(lang);
    if (code != null && !code.equals("eng")) {
      if (Files.isRegularFile(tessdataPath.resolve(code + ".traineddata"))) {
        tesseract = tesseract.withLanguages(code + "+eng");
      } else if (engine.equals(TesseractEngine.ID)) {
        warning =
            Optional.of(
                "no Tesseract data for '"
                    + lang
                    + "' ("
                    + tessdataPath.resolve(code + ".traineddata")
                    + "); reading with English only, so letters such as accents may be lost;"
                    + " install it with 'apt-get install tesseract-ocr-"
                    + code
                    + "' (Debian/Ubuntu)");
      }
    }
    return new OcrRoute(lang, engine, tesseract, warning);
  }

  /** The ISO 639-1 code of a language tag: lower case, region dropped. */
  static String language(String tag) {
    Objects.requireNonNull(tag, "language");
    String lang = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    if (!LANGUAGE.matcher(lang).matches()) {
      throw new IllegalArgumentException(
          "language must be an ISO 639-1 code such as 'de' or 'de-AT', was '" + tag + "'");
    }
    return lang;
  }

  private static String engineId(String id) {
    Objects.requireNonNull(id, "engine id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("engine id must not be blank");
    }
    return id;
  }
}
