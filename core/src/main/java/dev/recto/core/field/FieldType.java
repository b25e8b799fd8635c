package dev.recto.core.field;

/**
 * The value type of a field, which fixes how its normalized value is written.
 *
 * <ul>
 *   <li>{@link #TEXT}, {@link #ADDRESS}, {@link #IDENTIFIER}: the text as printed, whitespace
 *       folded.
 *   <li>{@link #DATE}: ISO-8601 calendar date, {@code 2014-08-03}.
 *   <li>{@link #MONEY}: a plain decimal string, {@code 1234.50}, with the ISO 4217 currency kept
 *       beside it on the {@link ExtractedField}.
 *   <li>{@link #NUMBER}: a plain decimal string, {@code 2.5}.
 *   <li>{@link #RATE}: a decimal fraction, {@code 0.19} for 19%.
 *   <li>{@link #CURRENCY_CODE}: an ISO 4217 code, {@code EUR}.
 * </ul>
 */
public enum FieldType {
  TEXT,
  ADDRESS,
  IDENTIFIER,
  DATE,
  MONEY,
  NUMBER,
  RATE,
  CURRENCY_CODE
}
