/** File-system helpers for writing outputs: {@link dev.recto.core.io.OutputPaths}. */
package dev.recto.core.io;
