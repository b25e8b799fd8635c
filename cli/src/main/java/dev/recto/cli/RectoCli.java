package dev.recto.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code recto} command. Exit codes: 0 when every document succeeded, 1 when some did not, 2
 * for bad usage.
 */
@Command(
    name = "recto",
    mixinStandardHelpOptions = true,
    versionProvider = RectoCli.Version.class,
    description = "Turns PDFs and page images into words, layout and invoice fields.",
    subcommands = {
      ExtractCommand.class,
      EvalCommand.class,
      SynthCommand.class,
      InduceCommand.class,
      ConvertTemplatesCommand.class,
      CalibrateCommand.class,
      ReviewCommand.class,
      ReliabilityCommand.class
    })
public final class RectoCli implements Runnable {

  /** Exit code for bad usage. */
  public static final int EXIT_USAGE = 2;

  /** Exit code when at least one document did not succeed. */
  public static final int EXIT_SOME_FAILED = 1;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "a subcommand is required: extract, eval, synth or review");
  }

  /** Runs the command line on stdout and stderr and returns the exit code, without exiting. */
  public static int execute(String... args) {
    return execute(
        new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  /** Runs the command line with these streams and returns the exit code, without exiting. */
  public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new RectoCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          e.getCommandLine().getErr().println("recto: " + e.getMessage());
          e.getCommandLine().usage(e.getCommandLine().getErr());
          return EXIT_USAGE;
        });
    return cli.execute(args);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** The version from the jar manifest, or "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = RectoCli.class.getPackage().getImplementationVersion();
      return new String[] {"recto " + (v == null ? "dev" : v)};
    }
  }
}
