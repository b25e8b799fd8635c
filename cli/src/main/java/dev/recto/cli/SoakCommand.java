package dev.recto.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code recto reliability soak}: placeholder until the soak lands. */
@Command(name = "soak", mixinStandardHelpOptions = true, description = "Concurrency soak.")
final class SoakCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 2;
  }
}
