/**
 * The optional out-of-process mode: {@link dev.recto.core.isolate.IsolatedProcessor} runs the
 * pipeline in worker JVMs, with the same API as the in-process processor ({@link
 * dev.recto.core.process.DocumentProcessing}). JDK only; see docs/reliability.md.
 */
package dev.recto.core.isolate;
