/**
 * Measures template induction ({@link dev.recto.templates.recto.TemplateInducer}) on the synthetic
 * corpus.
 */
package dev.recto.samples.induction;
