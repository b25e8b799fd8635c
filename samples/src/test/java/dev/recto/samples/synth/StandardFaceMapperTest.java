package dev.recto.samples.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class StandardFaceMapperTest {

  /** Records what reaches the mapper behind. */
  private static final class Recording implements FontMapper {
    final List<String> asked = new ArrayList<>();

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String name, PDFontDescriptor d) {
      asked.add(name);
      return null;
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String name, PDFontDescriptor d) {
      asked.add(name);
      return null;
    }

    @Override
    public CIDFontMapping getCIDFont(String name, PDFontDescriptor d, PDCIDSystemInfo info) {
      asked.add(name);
      return null;
    }
  }

  @Test
  void standardFacesAreDrawnWithLiberationAndOtherNamesPassOn() throws Exception {
    Recording next = new Recording();
    StandardFaceMapper mapper = new StandardFaceMapper(next);

    FontMapping<FontBoxFont> courier = mapper.getFontBoxFont("Courier", null);
    FontMapping<TrueTypeFont> timesBold = mapper.getTrueTypeFont("Times-Bold", null);

    assertThat(courier.isFallback()).isFalse();
    assertThat(courier.getFont().getName()).isEqualTo("LiberationMono");
    assertThat(timesBold.getFont().getName()).isEqualTo("LiberationSerif-Bold");
    assertThat(next.asked).isEmpty();

    mapper.getFontBoxFont("Symbol", null);
    mapper.getTrueTypeFont("DejaVuSans", null);
    mapper.getCIDFont("Courier", null, null);
    assertThat(next.asked).containsExactly("Symbol", "DejaVuSans", "Courier");
  }

  /**
   * The point of the mapping: each face draws its letters at the widths the PDF places them by, the
   * Standard 14 widths (PDFBox's AFM files), within 2% of the em for every ASCII letter and digit.
   */
  @Test
  void mappedFacesHaveTheStandardWidths() throws Exception {
    StandardFaceMapper mapper = new StandardFaceMapper(new Recording());
    for (Standard14Fonts.FontName name :
        List.of(
            Standard14Fonts.FontName.TIMES_ROMAN,
            Standard14Fonts.FontName.TIMES_BOLD,
            Standard14Fonts.FontName.HELVETICA,
            Standard14Fonts.FontName.HELVETICA_BOLD,
            Standard14Fonts.FontName.COURIER,
            Standard14Fonts.FontName.COURIER_BOLD)) {
      PDType1Font standard = new PDType1Font(name);
      TrueTypeFont face = mapper.getTrueTypeFont(name.getName(), null).getFont();
      float unitsPerEm = face.getUnitsPerEm();
      String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
      for (char c : letters.toCharArray()) {
        float afm = standard.getWidth(c);
        float drawn = face.getAdvanceWidth(face.nameToGID(glyphName(c))) * 1000f / unitsPerEm;
        assertThat(drawn).as(name.getName() + " '" + c + "'").isCloseTo(afm, Offset.offset(20f));
      }
    }
  }

  @Test
  void theUnmappedDrawsWithThePreviousMapper() {
    assertThat(StandardFaceMapper.faceFile("ZapfDingbats")).isNull();
    assertThat(StandardFaceMapper.faceFile(null)).isNull();
    assertThat(StandardFaceMapper.faceFile("Helvetica-BoldOblique"))
        .isEqualTo("LiberationSans-BoldItalic.ttf");
  }

  /** The PostScript glyph name of an ASCII letter or digit. */
  private static String glyphName(char c) {
    if (!Character.isDigit(c)) {
      return String.valueOf(c);
    }
    return List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
        .get(c - '0');
  }
}
