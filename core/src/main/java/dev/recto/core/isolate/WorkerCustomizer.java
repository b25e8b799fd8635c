package dev.recto.core.isolate;

import dev.recto.core.process.ProcessorBuilder;
import java.util.List;

/**
 * Finishes a worker JVM's processor where an engine cannot be named by id: templates from a
 * directory, a calibration artifact, test engines. Runs inside each worker, once, on the builder
 * that the worker's {@link dev.recto.core.process.DocumentProcessor} is built from.
 *
 * <p>Implementations are public classes with a public no-argument constructor on the worker's class
 * path; they get the arguments given to {@link IsolatedProcessorBuilder#customizer}. Arguments are
 * plain strings (paths, ids) because they cross the process boundary.
 */
public interface WorkerCustomizer {

  /**
   * Changes the builder; throwing a {@link dev.recto.core.error.RectoException} stops the worker
   * from starting and is reported to the parent.
   */
  void customize(ProcessorBuilder builder, List<String> args);
}
