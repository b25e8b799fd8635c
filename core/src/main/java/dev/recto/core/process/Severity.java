package dev.recto.core.process;

/** How serious a diagnostic is. Any {@link #ERROR} rules out {@link ProcessingStatus#SUCCESS}. */
public enum Severity {
  INFO,
  WARNING,
  ERROR
}
