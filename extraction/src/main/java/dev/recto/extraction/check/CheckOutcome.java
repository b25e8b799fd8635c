package dev.recto.extraction.check;

import dev.recto.core.field.FieldKey;
import dev.recto.core.field.LineItemKey;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of one cross-check over an invoice's fields.
 *
 * <p>Immutable and thread-safe; the sets are copied and iterate in enum order.
 *
 * @param checkId the check's stable id, one of the {@code CrossChecker} constants such as {@link
 *     CrossChecker#TOTAL}
 * @param verdict passed, failed or not applicable
 * @param fields the document-level fields the relation involves (for a failed or passed check,
 *     those it read; for a not-applicable one, those it would read)
 * @param lineItemColumns the line-item columns the relation involves, in every row it read
 * @param detail a human-readable account with the numbers compared, e.g. {@code 100.00 - 0.00 +
 *     19.00 = 119.00, printed 119.50 (off by 0.50, tolerance 0.01)}
 */
public record CheckOutcome(
    String checkId,
    Verdict verdict,
    Set<FieldKey> fields,
    Set<LineItemKey> lineItemColumns,
    String detail) {

  public CheckOutcome {
    if (checkId == null || checkId.isBlank()) {
      throw new IllegalArgumentException("checkId must not be blank");
    }
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(detail, "detail");
    fields = Collections.unmodifiableSet(copy(fields, FieldKey.class));
    lineItemColumns = Collections.unmodifiableSet(copy(lineItemColumns, LineItemKey.class));
  }

  private static <E extends Enum<E>> EnumSet<E> copy(Set<E> set, Class<E> type) {
    EnumSet<E> out = EnumSet.noneOf(type);
    out.addAll(Objects.requireNonNull(set, "set"));
    return out;
  }

  public boolean failed() {
    return verdict == Verdict.FAILED;
  }
}
