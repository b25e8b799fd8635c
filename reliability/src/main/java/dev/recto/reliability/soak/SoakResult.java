package dev.recto.reliability.soak;

import java.util.List;
import java.util.Map;

/**
 * What a soak measured.
 *
 * @param documents documents run concurrently
 * @param distinct distinct documents in the pool (each also run once sequentially)
 * @param threads threads sharing the processor
 * @param poolKinds pool documents per kind
 * @param lost documents with no result
 * @param duplicated documents with more than one result
 * @param misnamed results naming another document than the one submitted
 * @param escaped exceptions that escaped {@code process} (counted, also as lost)
 * @param mismatches documents whose JSON differs from the sequential run's, other than deadline
 *     differences (names, up to 20)
 * @param mismatchCount how many such documents
 * @param deadlineDifferences documents where one run hit DEADLINE_EXCEEDED and the other did not
 *     (timing, not correctness; counted apart)
 * @param statusCounts concurrent results by status
 * @param rssKib resident memory after each tenth of the concurrent run (KiB)
 * @param rssGrowthPercent growth from the end of warm-up (the second tenth) to the end, percent
 * @param sequentialSeconds wall time of the sequential run
 * @param concurrentSeconds wall time of the concurrent run
 */
public record SoakResult(
    int documents,
    int distinct,
    int threads,
    Map<String, Integer> poolKinds,
    int lost,
    int duplicated,
    int misnamed,
    int escaped,
    List<String> mismatches,
    int mismatchCount,
    int deadlineDifferences,
    Map<String, Integer> statusCounts,
    List<Long> rssKib,
    double rssGrowthPercent,
    double sequentialSeconds,
    double concurrentSeconds) {
  public SoakResult {
    poolKinds = Map.copyOf(poolKinds);
    mismatches = List.copyOf(mismatches);
    statusCounts = Map.copyOf(statusCounts);
    rssKib = List.copyOf(rssKib);
  }
}
