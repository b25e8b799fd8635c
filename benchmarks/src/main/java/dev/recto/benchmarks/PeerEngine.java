package dev.recto.benchmarks;

/**
 * One engine in a {@link PeerComparison} group: how to time it on item {@code i} and what text it
 * reads from item {@code i}, for word F1.
 *
 * @param group the {@link PeerResult#group()}
 * @param name the {@link PeerResult#engine()}
 * @param work reads item {@code i}, returns its pages (timed)
 * @param text the words read from item {@code i}, joined by whitespace (not timed)
 * @param threadSafe whether two threads may run {@code work} at once; false limits it to 1 thread
 */
record PeerEngine(String group, String name, TimedRun.Work work, TextOf text, boolean threadSafe) {

  /** The text an engine reads from one item. */
  @FunctionalInterface
  interface TextOf {
    String text(int item) throws Exception;
  }
}
