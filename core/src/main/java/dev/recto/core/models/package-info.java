/**
 * Model artifacts shipped on the class path, pinned by SHA-256 and verified before use; Recto never
 * downloads a model.
 */
package dev.recto.core.models;
