/** Recto's layout module; its capabilities arrive with their issues. */
package dev.recto.layout;
