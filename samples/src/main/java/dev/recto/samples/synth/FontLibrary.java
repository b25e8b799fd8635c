package dev.recto.samples.synth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Finds the fonts a {@link Design} asks for: TrueType files from a directory (default {@value
 * #DEFAULT_DIR}, where Debian installs its font packages) or from the class path (Liberation, from
 * a Maven artifact), embedded as subsets, or the Standard 14 fallback when a file is missing. See
 * {@link FontFamily} for the files and their licences.
 *
 * <p>Parsed TrueType files are kept for the library's lifetime, so one library serves many
 * documents quickly. Not thread-safe: use one library per thread. Holds no native resources; {@link
 * #close()} releases the parsed fonts.
 */
public final class FontLibrary implements AutoCloseable {

  /** Where Debian and Ubuntu install TrueType font packages such as {@code fonts-dejavu-core}. */
  public static final String DEFAULT_DIR = "/usr/share/fonts/truetype";

  private final Path dir;
  private final Map<String, TrueTypeFont> parsed = new HashMap<>();
  private final Map<FontFamily.Standard, Faces> standard = new EnumMap<>(FontFamily.Standard.class);

  /** A library over {@value #DEFAULT_DIR}. */
  public FontLibrary() {
    this(Path.of(DEFAULT_DIR));
  }

  /** A library over the given directory; it need not exist (then Standard 14 fonts are used). */
  public FontLibrary(Path dir) {
    this.dir = dir;
  }

  /**
   * A regular and a bold face of the family for this document.
   *
   * @param document the document the fonts are embedded into
   */
  public Faces faces(PDDocument document, FontFamily family) {
    if (family.regularFile() != null) {
      TrueTypeFont regular = ttf(family.regularFile(), family.ligatures());
      TrueTypeFont bold = ttf(family.boldFile(), family.ligatures());
      if (regular != null && bold != null) {
        try {
          return new Faces(
              SynthFont.of(
                  PDType0Font.load(document, regular, true), stem(family.regularFile()), true),
              SynthFont.of(PDType0Font.load(document, bold, true), stem(family.boldFile()), true));
        } catch (IOException e) {
          throw new UncheckedIOException("embedding " + family, e);
        }
      }
    }
    // Standard 14 fonts are not embedded, so one instance serves every document (PDFBox looks up
    // a system font for rendering when one is made, which is slow and logs a warning each time).
    return standard.computeIfAbsent(family.fallback(), FontLibrary::standard);
  }

  private static Faces standard(FontFamily.Standard family) {
    Standard14Fonts.FontName regular =
        switch (family) {
          case HELVETICA -> Standard14Fonts.FontName.HELVETICA;
          case TIMES -> Standard14Fonts.FontName.TIMES_ROMAN;
          case COURIER -> Standard14Fonts.FontName.COURIER;
        };
    Standard14Fonts.FontName bold =
        switch (family) {
          case HELVETICA -> Standard14Fonts.FontName.HELVETICA_BOLD;
          case TIMES -> Standard14Fonts.FontName.TIMES_BOLD;
          case COURIER -> Standard14Fonts.FontName.COURIER_BOLD;
        };
    return new Faces(
        SynthFont.of(new PDType1Font(regular), regular.getName(), false),
        SynthFont.of(new PDType1Font(bold), bold.getName(), false));
  }

  private TrueTypeFont ttf(String file, boolean ligatures) {
    if (parsed.containsKey(file)) {
      return parsed.get(file);
    }
    TrueTypeFont font = null;
    try {
      byte[] bytes = bytes(file);
      if (bytes != null) {
        font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        if (!ligatures) {
          // Without GSUB PDFBox draws one glyph per character (no "ti" ligature), so the advance
          // widths the truth boxes are computed from are the widths drawn.
          font.getTableMap().remove("GSUB");
        }
      }
    } catch (IOException e) {
      font = null; // unreadable: fall back to Standard 14, as if absent
    }
    parsed.put(file, font);
    return font;
  }

  /** The file's bytes, or null when it is missing. */
  private byte[] bytes(String file) throws IOException {
    if (file.startsWith(FontFamily.CLASSPATH)) {
      String resource = file.substring(FontFamily.CLASSPATH.length());
      try (InputStream in = FontLibrary.class.getClassLoader().getResourceAsStream(resource)) {
        return in == null ? null : in.readAllBytes();
      }
    }
    Path path = dir.resolve(file);
    return Files.isRegularFile(path) ? Files.readAllBytes(path) : null;
  }

  /** The face's name for the truth file: the file name without directory and extension. */
  private static String stem(String file) {
    return file.substring(file.lastIndexOf('/') + 1, file.lastIndexOf('.'));
  }

  @Override
  public void close() {
    for (TrueTypeFont font : parsed.values()) {
      if (font != null) {
        try {
          font.close();
        } catch (IOException e) {
          // nothing to do: the font is dropped either way
        }
      }
    }
    parsed.clear();
  }

  /**
   * The two faces a design uses.
   *
   * @param regular body text
   * @param bold headings, labels and totals
   */
  public record Faces(SynthFont regular, SynthFont bold) {}
}
