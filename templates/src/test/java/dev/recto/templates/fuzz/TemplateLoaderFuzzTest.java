package dev.recto.templates.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.recto.core.error.TemplateException;
import dev.recto.templates.invoice2data.Invoice2DataLoader;
import dev.recto.templates.invoice2data.Invoice2DataTemplate;
import dev.recto.templates.recto.RectoTemplate;
import dev.recto.templates.recto.RectoTemplateLoader;
import dev.recto.templates.recto.RectoTemplateWriter;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets for the template loaders: any text is either a template or a {@link
 * TemplateException}; nothing else may leave a loader (no {@code ClassCastException}, no {@code
 * StackOverflowError}, no SnakeYAML or Jackson exception). A Recto template that loads is also
 * written back with {@link RectoTemplateWriter}, and that text loads to a template that writes the
 * same text.
 *
 * <p>In a plain {@code mvn verify} each target replays its saved inputs (plain template text) from
 * {@code src/test/resources/dev/recto/templates/fuzz/TemplateLoaderFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} Jazzer fuzzes the selected target, see {@code docs/reliability.md}.
 */
class TemplateLoaderFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void rectoYaml(FuzzedDataProvider data) {
    String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
    RectoTemplate template;
    try {
      template = RectoTemplateLoader.parse("fuzz.yml", "fuzz", text);
    } catch (TemplateException expected) {
      return;
    }
    String written = RectoTemplateWriter.write(template);
    RectoTemplate again = RectoTemplateLoader.parse("written.yml", "fuzz", written);
    assertThat(RectoTemplateWriter.write(again)).isEqualTo(written);
  }

  @FuzzTest(maxDuration = "10m")
  void invoice2dataYaml(FuzzedDataProvider data) {
    loadInvoice2Data("fuzz.yml", data);
  }

  @FuzzTest(maxDuration = "5m")
  void invoice2dataJson(FuzzedDataProvider data) {
    loadInvoice2Data("fuzz.json", data);
  }

  private static void loadInvoice2Data(String name, FuzzedDataProvider data) {
    String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
    try {
      Invoice2DataTemplate t = Invoice2DataLoader.parse(name, name, text);
      assertThat(t.name()).isEqualTo(name);
    } catch (TemplateException expected) {
      // the one documented failure
    }
  }
}
