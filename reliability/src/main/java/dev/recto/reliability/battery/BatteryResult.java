package dev.recto.reliability.battery;

import java.util.List;

/**
 * What a battery run produced.
 *
 * @param options how it ran
 * @param files corpus files used (after sampling)
 * @param outcomes one per document, by task id
 * @param events worker restarts, hangs and anything odd, in order
 * @param workers worker JVMs started
 * @param seconds wall time of the whole run
 */
public record BatteryResult(
    BatteryOptions options,
    int files,
    List<Outcome> outcomes,
    List<String> events,
    int workers,
    double seconds) {
  public BatteryResult {
    outcomes = List.copyOf(outcomes);
    events = List.copyOf(events);
  }

  /** Whether the document answered later than the deadline plus one second (or never). */
  public boolean late(Outcome o) {
    return o.status().equals("HUNG") || o.millis() > options.deadline().toMillis() + 1_000;
  }

  /** Documents whose outcome is not a processing result, or a FAILURE without an error code. */
  public List<Outcome> untyped() {
    return outcomes.stream()
        .filter(
            o ->
                o.status().equals("UNTYPED")
                    || (o.status().equals("FAILURE") && o.code().isEmpty()))
        .toList();
  }

  public List<Outcome> withStatus(String status) {
    return outcomes.stream().filter(o -> o.status().equals(status)).toList();
  }

  public List<Outcome> lateOnes() {
    return outcomes.stream().filter(this::late).toList();
  }
}
