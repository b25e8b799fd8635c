package dev.recto.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SuiteSummaryTest {

  private static JsonNode json(String s) throws Exception {
    return new ObjectMapper().readTree(s.replace('\'', '"'));
  }

  @Test
  void throughputWithPageCountersScalesByPagesPerOperation() throws Exception {
    JsonNode r =
        json(
            "{'benchmark':'dev.recto.benchmarks.EndToEndBenchmark.bornDigital','threads':2,"
                + "'params':{'corpus':'shared'},"
                + "'primaryMetric':{'score':10.0,'scoreError':1.0,'scoreUnit':'ops/s'},"
                + "'secondaryMetrics':{'pages':{'rawData':[[30,30]]},'passes':{'rawData':[[20,20]]},"
                + "'cpuMs':{'rawData':[[1500,1500]]}}}");
    SuiteSummary.Row row = SuiteSummary.row(r);
    assertEquals("EndToEndBenchmark.bornDigital", row.benchmark());
    assertEquals("corpus=shared", row.params());
    assertEquals(15.0, row.pagesPerSecond(), 1e-9);
    assertEquals(1.5, row.error(), 1e-9);
    // 2 threads at 15 pages/s together: 133 ms per page on each thread
    assertEquals(2000.0 / 15, row.msPerPagePerThread(), 1e-9);
    // 60 pages over 3 CPU seconds
    assertEquals(20.0, row.pagesPerCpuSecond(), 1e-9);
  }

  @Test
  void averageTimeIsThreadsOverTimePerOperation() throws Exception {
    JsonNode r =
        json(
            "{'benchmark':'dev.recto.benchmarks.OcrBenchmark.ppocrPage','threads':2,"
                + "'primaryMetric':{'score':500.0,'scoreError':50.0,'scoreUnit':'ms/op'}}");
    SuiteSummary.Row row = SuiteSummary.row(r);
    assertEquals(4.0, row.pagesPerSecond(), 1e-9);
    assertEquals(0.4, row.error(), 1e-9);
    assertEquals("", row.params());
    assertTrue(Double.isNaN(row.pagesPerCpuSecond()));
  }

  @Test
  void unknownUnitsAreRejected() {
    assertEquals(1e-6, SuiteSummary.secondsPer("us/op"), 0);
    assertThrows(IllegalArgumentException.class, () -> SuiteSummary.secondsPer("op/ms"));
  }
}
