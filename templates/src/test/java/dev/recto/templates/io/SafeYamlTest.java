package dev.recto.templates.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.TemplateException;
import dev.recto.templates.invoice2data.Invoice2DataLoader;
import dev.recto.templates.recto.RectoTemplateLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile YAML: each is refused as a {@link TemplateException} before it can do harm. */
class SafeYamlTest {

  @TempDir Path dir;

  /** Nine levels of nine aliases each: 9^9 (387 million) strings once expanded. */
  private static String billionLaughs() {
    StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'i'; c++) {
      sb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        sb.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      sb.append("]\n");
      prev = c;
    }
    return sb.toString();
  }

  @Test
  void plainDataLoads() {
    Object tree = SafeYaml.parse("t.yml", "a: [1, two, {b: null}]\nc: &x hi\nd: *x\n");
    assertThat(tree).isEqualTo(Map.of("a", List.of(1, "two", mapOfNull()), "c", "hi", "d", "hi"));
  }

  private static Map<String, Object> mapOfNull() {
    Map<String, Object> m = new java.util.HashMap<>();
    m.put("b", null);
    return m;
  }

  @Test
  void billionLaughsIsRefused() {
    assertThatThrownBy(() -> SafeYaml.parse("lol.yml", billionLaughs()))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("lol.yml");
    assertThatThrownBy(() -> RectoTemplateLoader.parse("lol.yml", "lol", billionLaughs()))
        .isInstanceOf(TemplateException.class);
    assertThatThrownBy(() -> Invoice2DataLoader.parse("lol.yml", "lol.yml", billionLaughs()))
        .isInstanceOf(TemplateException.class);
  }

  @Test
  void fewAliasesThatExpandToMillionsAreRefused() {
    // 20 levels of 2 aliases: within the alias count, but 2^20 lists once expanded.
    StringBuilder sb = new StringBuilder("l0: &l0 [x, y]\n");
    for (int i = 1; i <= 20; i++) {
      sb.append("l").append(i).append(": &l").append(i);
      sb.append(" [*l").append(i - 1).append(", *l").append(i - 1).append("]\n");
    }
    assertThatThrownBy(() -> SafeYaml.parse("wide.yml", sb.toString()))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("once aliases are expanded");
  }

  @Test
  void aCollectionThatContainsItselfIsRefused() {
    assertThatThrownBy(() -> SafeYaml.parse("loop.yml", "a: &a [x, *a]\n"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("contains itself");
    assertThatThrownBy(() -> Invoice2DataLoader.parse("loop.yml", "loop.yml", "keywords: &k [*k]"))
        .isInstanceOf(TemplateException.class);
  }

  @Test
  void tagsThatBuildObjectsAreRefused() {
    String evil =
        "issuer: x\nmatch: {keywords: [x]}\n"
            + "engine: !!javax.script.ScriptEngineManager "
            + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n";
    assertThatThrownBy(() -> RectoTemplateLoader.parse("evil.yml", "evil", evil))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("invalid YAML");
    assertThatThrownBy(() -> SafeYaml.parse("local.yml", "a: !local x\n"))
        .isInstanceOf(TemplateException.class);
  }

  @Test
  void deeplyNestedDocumentsAreRefused() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThatThrownBy(() -> SafeYaml.parse("deep.yml", deep))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("deep.yml");
    String blocks = "a:\n";
    for (int i = 1; i < 200; i++) {
      blocks += " ".repeat(i) + "a:\n";
    }
    String nested = blocks;
    assertThatThrownBy(() -> SafeYaml.parse("deep.yml", nested))
        .isInstanceOf(TemplateException.class);
    assertThat(SafeYaml.parse("ok.yml", "[".repeat(20) + "]".repeat(20))).isNotNull();
  }

  @Test
  void duplicateKeysAreRefused() {
    assertThatThrownBy(() -> SafeYaml.parse("dup.yml", "issuer: A\nissuer: B\n"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("issuer");
    assertThatThrownBy(
            () ->
                Invoice2DataLoader.parse(
                    "dup.json", "dup.json", "{\"keywords\":[],\"keywords\":[]}"))
        .isInstanceOf(TemplateException.class);
  }

  @Test
  void oversizedDocumentsAndFilesAreRefused() throws Exception {
    String big = "a: \"" + "x".repeat(SafeYaml.MAX_CODE_POINTS + 10) + "\"\n";
    assertThatThrownBy(() -> SafeYaml.parse("big.yml", big)).isInstanceOf(TemplateException.class);
    Path file = dir.resolve("big.yml");
    Files.writeString(file, "issuer: A\nmatch: {keywords: [A]}\n#" + "x".repeat(2 << 20));
    assertThatThrownBy(() -> RectoTemplateLoader.load(file))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("larger than the limit");
    assertThatThrownBy(() -> Invoice2DataLoader.read(file))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("larger than the limit");
  }
}
