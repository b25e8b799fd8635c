/** Recto's samples module; its capabilities arrive with their issues. */
package dev.recto.samples;
