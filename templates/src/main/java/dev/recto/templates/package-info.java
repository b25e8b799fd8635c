/** Recto's templates module; its capabilities arrive with their issues. */
package dev.recto.templates;
