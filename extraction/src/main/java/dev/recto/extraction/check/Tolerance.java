package dev.recto.extraction.check;

import java.math.BigDecimal;

/**
 * How far apart two amounts may be and still agree: printed amounts are rounded to cents, so a
 * relation computed from rounded figures may be off by rounding alone.
 *
 * <ul>
 *   <li>{@link #CENT}: one rounding step, the tolerance of every check over a few figures;
 *   <li>{@link #perRoundedTerm(int)}: half a cent for each rounded term summed, at least a cent (a
 *       sum of 40 line amounts rounded one by one may be off by up to 0.20).
 * </ul>
 *
 * Amounts agree when their difference is at most the tolerance, so an error of exactly one cent is
 * never reported. Not API; stateless.
 */
final class Tolerance {

  static final BigDecimal CENT = new BigDecimal("0.01");
  static final BigDecimal HALF_CENT = new BigDecimal("0.005");

  private Tolerance() {}

  static BigDecimal perRoundedTerm(int terms) {
    return CENT.max(HALF_CENT.multiply(BigDecimal.valueOf(terms)));
  }

  static boolean agree(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
    return a.subtract(b).abs().compareTo(tolerance) <= 0;
  }
}
