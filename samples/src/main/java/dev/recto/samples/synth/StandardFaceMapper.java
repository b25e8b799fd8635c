package dev.recto.samples.synth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Draws the Standard 14 Times, Helvetica and Courier faces, which the synthetic invoices use
 * without embedding them, with their metric-compatible Liberation 2.1 faces from the class path
 * (Liberation Serif, Sans and Mono have the advance widths of Times New Roman, Arial and Courier
 * New, which match the Standard 14 widths the PDF places glyphs by).
 *
 * <p>Without it PDFBox looks for a substitute among the machine's installed fonts and, where none
 * of its candidates is installed (Debian without {@code fonts-liberation}), draws Liberation Sans
 * glyphs at the Standard 14 widths: Courier text gets gaps inside words (`Ever gr een`) and Times
 * text gets glyphs crowding each other (`TextilesLtd`), so the simulated scans of those designs
 * showed print no printer makes. Every other font name goes to the mapper that was installed
 * before.
 *
 * <p>{@link #install()} replaces PDFBox's JVM-wide {@link FontMappers} instance, once; it affects
 * only fonts that PDF files do not embed. Thread-safe: the parsed faces are shared, as PDFBox
 * shares the system fonts it parses.
 */
final class StandardFaceMapper implements FontMapper {

  private static final String DIR = "liberation/";

  /** Standard 14 base font names (and the PostScript names of their usual clones) to face files. */
  private static final Map<String, String> FACES =
      Map.ofEntries(
          Map.entry("Times-Roman", "LiberationSerif-Regular.ttf"),
          Map.entry("Times-Bold", "LiberationSerif-Bold.ttf"),
          Map.entry("Times-Italic", "LiberationSerif-Italic.ttf"),
          Map.entry("Times-BoldItalic", "LiberationSerif-BoldItalic.ttf"),
          Map.entry("Helvetica", "LiberationSans-Regular.ttf"),
          Map.entry("Helvetica-Bold", "LiberationSans-Bold.ttf"),
          Map.entry("Helvetica-Oblique", "LiberationSans-Italic.ttf"),
          Map.entry("Helvetica-BoldOblique", "LiberationSans-BoldItalic.ttf"),
          Map.entry("Courier", "LiberationMono-Regular.ttf"),
          Map.entry("Courier-Bold", "LiberationMono-Bold.ttf"),
          Map.entry("Courier-Oblique", "LiberationMono-Italic.ttf"),
          Map.entry("Courier-BoldOblique", "LiberationMono-BoldItalic.ttf"));

  private static volatile boolean installed;

  private final FontMapper next;
  private final Map<String, TrueTypeFont> parsed = new ConcurrentHashMap<>();

  StandardFaceMapper(FontMapper next) {
    this.next = next;
  }

  /**
   * Makes this mapper PDFBox's font mapper for the rest of the JVM's life, in front of the one
   * installed now. Idempotent and thread-safe.
   */
  static void install() {
    if (installed) {
      return;
    }
    synchronized (StandardFaceMapper.class) {
      if (!installed) {
        FontMappers.set(new StandardFaceMapper(FontMappers.instance()));
        installed = true;
      }
    }
  }

  /** The face file drawn for {@code baseFont}, or null when this mapper passes it on. */
  static String faceFile(String baseFont) {
    return baseFont == null ? null : FACES.get(baseFont);
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
    TrueTypeFont face = face(baseFont);
    return face != null
        ? new FontMapping<>(face, false)
        : next.getTrueTypeFont(baseFont, descriptor);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
    TrueTypeFont face = face(baseFont);
    return face != null
        ? new FontMapping<>(face, false)
        : next.getFontBoxFont(baseFont, descriptor);
  }

  @Override
  public CIDFontMapping getCIDFont(
      String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
    return next.getCIDFont(baseFont, descriptor, systemInfo);
  }

  private TrueTypeFont face(String baseFont) {
    String file = faceFile(baseFont);
    return file == null ? null : parsed.computeIfAbsent(file, StandardFaceMapper::parse);
  }

  private static TrueTypeFont parse(String file) {
    try (InputStream in =
        StandardFaceMapper.class.getClassLoader().getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing class-path font " + DIR + file + " (Maven artifact openpdf-fonts-extra)");
      }
      return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + DIR + file, e);
    }
  }
}
