package dev.recto.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code recto reliability}: the malformed-input battery and the concurrency soak. */
@Command(
    name = "reliability",
    mixinStandardHelpOptions = true,
    description = "Measures that every document gets one outcome in time: battery, soak.",
    subcommands = {BatteryCommand.class, SoakCommand.class})
final class ReliabilityCommand implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: battery or soak");
  }
}
