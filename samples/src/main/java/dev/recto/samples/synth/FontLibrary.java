package dev.recto.samples.synth;

import java.io.IOException;
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
 * Finds the fonts a {@link Design} asks for: DejaVu TrueType files from a directory (default
 * {@value #DEFAULT_DIR}), embedded as subsets, or the Standard 14 fallback when a file is missing.
 * DejaVu fonts are free to embed and redistribute (Bitstream Vera / Arev licence).
 *
 * <p>Parsed TrueType files are kept for the library's lifetime, so one library serves many
 * documents quickly. Not thread-safe: use one library per thread. Holds no native resources; {@link
 * #close()} releases the parsed fonts.
 */
public final class FontLibrary implements AutoCloseable {

  /** Where Debian and Ubuntu install DejaVu ({@code fonts-dejavu-core}). */
  public static final String DEFAULT_DIR = "/usr/share/fonts/truetype/dejavu";

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
      TrueTypeFont regular = ttf(family.regularFile());
      TrueTypeFont bold = ttf(family.boldFile());
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

  private TrueTypeFont ttf(String file) {
    if (parsed.containsKey(file)) {
      return parsed.get(file);
    }
    Path path = dir.resolve(file);
    TrueTypeFont font = null;
    if (Files.isRegularFile(path)) {
      try {
        font = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(path)));
      } catch (IOException e) {
        font = null; // unreadable: fall back to Standard 14, as if absent
      }
    }
    parsed.put(file, font);
    return font;
  }

  private static String stem(String file) {
    return file.substring(0, file.lastIndexOf('.'));
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
