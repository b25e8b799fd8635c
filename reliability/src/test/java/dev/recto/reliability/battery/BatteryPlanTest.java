package dev.recto.reliability.battery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatteryPlanTest {

  @Test
  void sampleRunsWithEveryOffsetCoverTheCorpusOnce(@TempDir Path dir) throws IOException {
    for (int i = 0; i < 7; i++) {
      Files.write(dir.resolve("f" + i + ".pdf"), new byte[] {(byte) i});
    }
    Files.writeString(dir.resolve("README.md"), "not an input");
    List<Path> all = new ArrayList<>();
    for (int offset = 0; offset < 3; offset++) {
      BatteryPlan plan = BatteryPlan.of(dir, 3, offset, 2, 1);
      all.addAll(plan.files());
      assertThat(plan.size()).isEqualTo(plan.files().size() * 3);
    }
    assertThat(all).hasSize(7).doesNotHaveDuplicates();
    assertThat(BatteryPlan.of(dir, 2, 1, 0, 1).files())
        .extracting(p -> p.getFileName().toString())
        .containsExactly("f1.pdf", "f3.pdf", "f5.pdf");
    assertThatThrownBy(() -> BatteryPlan.of(dir, 2, 2, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BatteryOptions.defaults(dir).withSample(2).withOffset(2))
        .isInstanceOf(IllegalArgumentException.class);
    BatteryOptions o = BatteryOptions.defaults(dir).withSample(2).withOffset(1);
    assertThat(BatteryOptions.parse(o.toArgs())).isEqualTo(o.withHeap("1g"));
  }
}
