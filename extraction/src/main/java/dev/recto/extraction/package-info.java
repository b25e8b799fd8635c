/** Recto's extraction module; its capabilities arrive with their issues. */
package dev.recto.extraction;
