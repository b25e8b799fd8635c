package dev.recto.core.process;

import dev.recto.core.source.DocumentSource;

/**
 * What callers need from a processor: one {@link ProcessingResult} per document, and {@link
 * #close()} when done. {@link DocumentProcessor} runs the stages in the calling JVM; {@code
 * dev.recto.core.isolate.IsolatedProcessor} runs them in worker JVMs, for hosts that want a crash
 * or a runaway document to cost a worker process rather than the host.
 *
 * <p>Implementations are thread-safe: build one, share it between all threads, close it when the
 * application stops (closing releases engines, native memory and worker processes).
 */
public interface DocumentProcessing extends AutoCloseable {

  /**
   * Processes one document. Never throws for anything about the document: every input gets exactly
   * one result, whose status and diagnostics say what went wrong.
   */
  ProcessingResult process(DocumentSource source);

  /** Releases what the processor holds; no exception for callers to handle. */
  @Override
  void close();
}
