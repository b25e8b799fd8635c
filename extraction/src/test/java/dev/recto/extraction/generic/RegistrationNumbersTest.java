package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegistrationNumbersTest {

  private static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    int i = 0;
    for (String w : text.split(" ")) {
      BoundingBox box = new BoundingBox(0.01 * i, 0.1, 0.01 * i + 0.009, 0.11);
      out.add(new Word(w, box, 1.0, 10, new Provenance(0, box, "test", "test", "1")));
      i++;
    }
    return out;
  }

  private static String stripped(String text) {
    return RegistrationNumbers.strip(words(text)).stream()
        .map(Word::text)
        .collect(Collectors.joining(" "));
  }

  @Test
  void dropsANumberAfterTheName() {
    assertThat(stripped("AEON CO. (M) BHD (126926-H)")).isEqualTo("AEON CO. (M) BHD");
    assertThat(stripped("AEON CO. (M) BHD ( 126926-H)")).isEqualTo("AEON CO. (M) BHD");
    assertThat(stripped("YONG TAT (JM0292487-D) HARDWARE TRADING"))
        .isEqualTo("YONG TAT HARDWARE TRADING");
  }

  @Test
  void dropsTheNumberAndItsLabel() {
    assertThat(stripped("(CO.REG : 933109-X) LOT 1851-A")).isEqualTo("LOT 1851-A");
    assertThat(stripped("(CO.REG:933109-X) LOT 1851-A")).isEqualTo("LOT 1851-A");
    assertThat(stripped("Company No: 002643278-A LOT 2685")).isEqualTo("LOT 2685");
    assertThat(stripped("( JM0517726) NO. 122.124. JALAN DEDAP 13"))
        .isEqualTo("NO. 122.124. JALAN DEDAP 13");
    assertThat(stripped("SA037115S1-P")).isEmpty();
  }

  @Test
  void dropsNumbersWithAColonGluedOnOrACheckLetterWithoutHyphen() {
    assertThat(stripped("(CO.REG :933109-X)")).isEmpty();
    assertThat(stripped("Company Reg No. :SA037115S1-P")).isEmpty();
    assertThat(stripped("(1074617K) IKEA Cheras")).isEqualTo("IKEA Cheras");
    assertThat(stripped("( 1074617K) IKEA Cheras")).isEqualTo("IKEA Cheras");
    // labels as OCR misreads them go with the number
    assertThat(stripped("Campany Reg. Na.: 001055194X NO 37")).isEqualTo("NO 37");
    // a postcode glued to one letter is too short to be a number
    assertThat(stripped("81100J")).isEqualTo("81100J");
  }

  @Test
  void keepsPostcodesPhoneNumbersAndLotNumbers() {
    String address = "LOT 1851-A & 1851-B, 43300 SERI KEMBANGAN TEL: 03-32719481 (81100)";
    assertThat(stripped(address)).isEqualTo(address);
    List<Word> line = words("12, JALAN TAMPOI 7/4");
    assertThat(RegistrationNumbers.strip(line)).isSameAs(line);
  }
}
