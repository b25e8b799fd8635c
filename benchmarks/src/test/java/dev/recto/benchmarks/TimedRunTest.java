package dev.recto.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TimedRunTest {

  @Test
  void countsThePagesOfEveryItemRunAndCyclesThroughTheItems() {
    AtomicInteger calls = new AtomicInteger();
    Set<Integer> seen = ConcurrentHashMap.newKeySet();
    TimedRun.Rate rate =
        TimedRun.run(
            2,
            0.05,
            3,
            i -> {
              calls.incrementAndGet();
              seen.add(i);
              return 2;
            });
    assertEquals(2L * calls.get(), rate.pages());
    assertTrue(calls.get() >= 2);
    assertTrue(rate.seconds() > 0);
    assertTrue(rate.cpuSeconds() >= 0 && rate.cpuSeconds() <= 2 * rate.seconds() + 0.1);
    assertTrue(seen.size() == 3 || calls.get() < 3, "items seen " + seen);
  }

  @Test
  void runsAtLeastOneItemPerThreadWithAZeroDuration() {
    AtomicInteger calls = new AtomicInteger();
    TimedRun.run(2, 0, 5, i -> calls.incrementAndGet());
    assertEquals(2, calls.get());
  }

  @Test
  void reportsAFailingItem() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                TimedRun.run(
                    1,
                    0,
                    1,
                    i -> {
                      throw new java.io.IOException("broken page");
                    }));
    assertTrue(e.getMessage().contains("broken page"), e.getMessage());
  }

  @Test
  void ratesAddUp() {
    TimedRun.Rate r = new TimedRun.Rate(10, 2, 1).plus(new TimedRun.Rate(20, 1, 0.5));
    assertEquals(10.0, r.pagesPerSecond(), 1e-9);
    assertEquals(1.5, r.cpuSeconds(), 1e-9);
  }
}
