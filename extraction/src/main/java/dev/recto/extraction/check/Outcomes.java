package dev.recto.extraction.check;

import dev.recto.core.field.FieldKey;
import dev.recto.core.field.LineItemKey;
import java.math.BigDecimal;
import java.util.Set;

/** Builds outcomes with uniform details. Not API; stateless. */
final class Outcomes {

  private Outcomes() {}

  static CheckOutcome notApplicable(
      String id, Set<FieldKey> fields, Set<LineItemKey> columns, String why) {
    return new CheckOutcome(id, Verdict.NOT_APPLICABLE, fields, columns, why);
  }

  /**
   * Compares a value computed from other fields with the printed one.
   *
   * @param relation the computation, e.g. {@code 100.00 - 0.00 + 19.00}
   */
  static CheckOutcome compare(
      String id,
      Set<FieldKey> fields,
      Set<LineItemKey> columns,
      String relation,
      BigDecimal computed,
      BigDecimal printed,
      BigDecimal tolerance) {
    boolean agree = Tolerance.agree(computed, printed, tolerance);
    String detail =
        relation
            + " = "
            + computed.toPlainString()
            + ", printed "
            + printed.toPlainString()
            + (agree
                ? ""
                : " (off by "
                    + computed.subtract(printed).abs().toPlainString()
                    + ", tolerance "
                    + tolerance.toPlainString()
                    + ")");
    return new CheckOutcome(id, agree ? Verdict.PASSED : Verdict.FAILED, fields, columns, detail);
  }

  static String plain(BigDecimal v) {
    return v.toPlainString();
  }
}
