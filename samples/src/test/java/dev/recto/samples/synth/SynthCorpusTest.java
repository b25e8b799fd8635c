package dev.recto.samples.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.recto.core.field.FieldKey;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthCorpusTest {

  @Test
  void sameSeedWritesByteIdenticalFilesThatValidateAgainstTheSchema(
      @TempDir Path a, @TempDir Path b) throws Exception {
    // One thread against two: the files must not depend on how the work is shared.
    SynthCorpus.Summary first = SynthCorpus.write(a, 3, 77L, 1);
    SynthCorpus.write(b, 3, 77L, 2);
    assertThat(first.count()).isEqualTo(3);
    JsonSchema schema;
    try (InputStream in = TruthJson.class.getResourceAsStream(TruthJson.SCHEMA_RESOURCE)) {
      assertThat(in).as("schema on the class path").isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    for (int i = 0; i < 3; i++) {
      for (String ext : new String[] {".pdf", ".truth.json"}) {
        Path fa = a.resolve(SynthCorpus.name(i) + ext);
        assertThat(Files.readAllBytes(fa))
            .isEqualTo(Files.readAllBytes(b.resolve(SynthCorpus.name(i) + ext)));
      }
      JsonNode truth =
          new ObjectMapper().readTree(a.resolve(SynthCorpus.name(i) + ".truth.json").toFile());
      assertThat(schema.validate(truth)).isEmpty();
      for (FieldKey key : FieldKey.values()) {
        assertThat(truth.get("fields").has(key.jsonName())).isTrue();
      }
    }
  }

  @Test
  void mainRejectsUnknownOptions() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> SynthCorpus.main(new String[] {"--bogus", "1"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--count N --seed S --out DIR");
  }
}
