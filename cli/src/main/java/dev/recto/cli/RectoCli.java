package dev.recto.cli;

/** Entry point of the {@code recto} command; subcommands arrive with the foundation issue. */
public final class RectoCli {
  private RectoCli() {}

  public static void main(String[] args) {
    System.exit(0);
  }
}
