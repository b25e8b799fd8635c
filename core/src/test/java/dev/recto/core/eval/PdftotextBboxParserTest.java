package dev.recto.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.eval.PdftotextBboxParser.PopplerPage;
import dev.recto.core.eval.PdftotextBboxParser.PopplerWord;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdftotextBboxParserTest {

  @Test
  void readsPagesAndWordsWithEntitiesDecoded() {
    String xhtml =
        """
        <!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">
        <head><title></title></head><body><doc>
          <page width="612.000000" height="792.000000">
            <word xMin="72.000000" yMin="91.000000" xMax="100.500000" yMax="103.000000">A&amp;B</word>
            <word xMin="110.0" yMin="91.0" xMax="120.0" yMax="103.0">&lt;x&gt;&#233;</word>
          </page>
          <page width="595.0" height="842.0">
          </page>
        </doc></body></html>
        """;
    List<PopplerPage> pages = PdftotextBboxParser.parse(xhtml);
    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).width()).isEqualTo(612.0);
    assertThat(pages.get(0).words())
        .containsExactly(
            new PopplerWord("A&B", 72, 91, 100.5, 103), new PopplerWord("<x>é", 110, 91, 120, 103));
    assertThat(pages.get(1).height()).isEqualTo(842.0);
    assertThat(pages.get(1).words()).isEmpty();
  }
}
