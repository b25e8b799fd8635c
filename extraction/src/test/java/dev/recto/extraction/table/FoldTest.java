package dev.recto.extraction.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldTest {

  @Test
  void theBandedCheckAgreesWithTheFullDistanceOnRandomStrings() {
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      String a = word(random);
      String b = random.nextBoolean() ? mutate(a, random) : word(random);
      int d = Fold.edits(a, b);
      for (int max = 0; max <= 3; max++) {
        assertThat(Fold.withinEdits(a, b, max))
            .as("%s / %s within %d", a, b, max)
            .isEqualTo(d <= max);
      }
    }
  }

  @Test
  void similarAllowsOneEditFromSixCharactersAndTwoFromEleven() {
    assertThat(Fold.similar("quantity", "quantlty")).isTrue();
    assertThat(Fold.similar("qty", "qtv")).isFalse();
    assertThat(Fold.similar("description", "descrlpt1on")).isTrue();
    assertThat(Fold.similar("description", "dscrlpt1on")).isFalse();
  }

  private static String word(Random random) {
    int len = random.nextInt(14);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      sb.append((char) ('a' + random.nextInt(4)));
    }
    return sb.toString();
  }

  private static String mutate(String s, Random random) {
    StringBuilder sb = new StringBuilder(s);
    int edits = random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int op = random.nextInt(3);
      int at = sb.length() == 0 ? 0 : random.nextInt(sb.length());
      if (op == 0 || sb.length() == 0) {
        sb.insert(at, (char) ('a' + random.nextInt(4)));
      } else if (op == 1) {
        sb.deleteCharAt(at);
      } else {
        sb.setCharAt(at, (char) ('a' + random.nextInt(4)));
      }
    }
    return sb.toString();
  }
}
