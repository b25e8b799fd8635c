package dev.recto.cli;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine;

/** Reads {@code 10s}, {@code 500ms}, {@code 2m} or ISO-8601 {@code PT10S} as a Duration. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    try {
      if (v.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
      }
      if (v.endsWith("s")) {
        return Duration.ofMillis(
            Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
      }
      if (v.endsWith("m")) {
        return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
      }
      return Duration.parse(value);
    } catch (RuntimeException e) {
      throw new CommandLine.TypeConversionException("not a duration (10s, 500ms, 2m): " + value);
    }
  }
}
