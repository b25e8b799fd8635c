/**
 * Logging rules: document text and field values reach a log only when {@link
 * dev.recto.core.logging.LogContent} says the operator asked for it.
 */
package dev.recto.core.logging;
