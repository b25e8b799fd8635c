package dev.recto.ocr.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalSetsTest {

  @TempDir Path tmp;

  @Test
  void findsSharedDataWalkingUp() throws IOException {
    Path data = Files.createDirectories(tmp.resolve("shared/data"));
    Path deep = Files.createDirectories(tmp.resolve("repo/ocr/src"));
    assertThat(EvalSets.findSharedData(deep)).contains(data);
  }

  @Test
  void sroieSetPairsImagesWithBoxFiles() throws IOException {
    Path dir = tmp.resolve("sroie");
    Files.createDirectories(dir.resolve("img"));
    Files.createDirectories(dir.resolve("box"));
    Files.write(dir.resolve("img/001.jpg"), new byte[0]);
    Files.write(dir.resolve("img/002.jpg"), new byte[0]);
    Files.writeString(dir.resolve("box/001.csv"), "1,2,3,4,5,6,7,8,TOTAL\n");
    EvalSet set = EvalSets.sroie(dir);
    assertThat(set.ignoreCase()).isTrue();
    assertThat(set.items()).extracting(EvalSet.Item::id).containsExactly("sroie/001");
  }

  @Test
  void unknownSetNamesTheKnownOnes() {
    assertThatThrownBy(() -> EvalSets.byName("nope", tmp))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invoices300");
  }

  @Test
  void degradedSetHasFourKindsPerSharedInvoicePage() throws IOException {
    Optional<Path> data = EvalSets.findSharedData(Path.of(""));
    assumeTrue(
        data.isPresent() && Files.isDirectory(data.get().resolve(EvalSets.INVOICES)),
        "no shared/data/" + EvalSets.INVOICES + " above the working directory, skipping");
    EvalSet clean = EvalSets.byName("invoices300", data.get());
    EvalSet degraded = EvalSets.byName("degraded", data.get());
    assertThat(degraded.items()).hasSize(4 * clean.items().size());
    EvalSample a = degraded.items().get(0).load();
    EvalSample b = degraded.items().get(0).load();
    assertThat(Degradations.pixels(a.image().image()))
        .isEqualTo(Degradations.pixels(b.image().image()));
    assertThat(a.reference()).isEqualTo(clean.items().get(0).load().reference()).isNotBlank();
  }
}
