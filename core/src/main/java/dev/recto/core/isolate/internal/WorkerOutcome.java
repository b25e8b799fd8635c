package dev.recto.core.isolate.internal;

import dev.recto.core.process.ProcessingResult;

/** What became of one document sent to a worker. */
public sealed interface WorkerOutcome {

  /** The worker answered. */
  record Done(ProcessingResult result) implements WorkerOutcome {}

  /** The worker died (or broke the protocol) before answering; {@code why} says how. */
  record Crashed(String why) implements WorkerOutcome {}

  /** The parent killed the worker because it had not answered within the hard limit. */
  record TimedOut() implements WorkerOutcome {}
}
