package dev.recto.extraction.check;

import dev.recto.core.field.FieldKey;
import dev.recto.core.field.LineItemKey;
import java.util.List;
import java.util.Optional;

/**
 * The outcomes of all cross-checks run over one invoice, one per check, in the order the checks
 * ran.
 *
 * <p>Immutable and thread-safe; the list is copied.
 *
 * @param outcomes one outcome per check
 */
public record CheckReport(List<CheckOutcome> outcomes) {

  public CheckReport {
    outcomes = List.copyOf(outcomes);
  }

  /** The outcomes of the checks that involve {@code key}, of any verdict. */
  public List<CheckOutcome> outcomesFor(FieldKey key) {
    return outcomes.stream().filter(o -> o.fields().contains(key)).toList();
  }

  /** The outcomes of the checks that involve the line-item column {@code column}. */
  public List<CheckOutcome> outcomesFor(LineItemKey column) {
    return outcomes.stream().filter(o -> o.lineItemColumns().contains(column)).toList();
  }

  /** The outcome of the check with this id, if it ran. */
  public Optional<CheckOutcome> outcome(String checkId) {
    return outcomes.stream().filter(o -> o.checkId().equals(checkId)).findFirst();
  }

  /** The failed outcomes. */
  public List<CheckOutcome> failures() {
    return outcomes.stream().filter(CheckOutcome::failed).toList();
  }

  /** Whether any check failed. */
  public boolean anyFailed() {
    return outcomes.stream().anyMatch(CheckOutcome::failed);
  }
}
