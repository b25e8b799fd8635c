/**
 * Recto's own template format: one YAML file per vendor that says how to recognise the vendor's
 * documents ({@link dev.recto.templates.recto.MatchRules}) and where each field of the core schema
 * is printed ({@link dev.recto.templates.recto.FieldRule}), with the loader ({@link
 * dev.recto.templates.recto.RectoTemplateLoader}), the keyword-indexed matcher ({@link
 * dev.recto.templates.recto.TemplateMatcher}), the extractor that gives fields with provenance
 * ({@link dev.recto.templates.recto.TemplateExtractor}) and its {@link
 * dev.recto.core.spi.FieldExtractorProvider} ({@link
 * dev.recto.templates.recto.TemplateExtractorProvider}). The format is described by the JSON Schema
 * {@code /dev/recto/templates/recto/template.schema.json} and in {@code docs/templates.md}.
 *
 * <p>All boxes are page-relative {@code [0,1]} with a top-left origin, as {@link
 * dev.recto.core.model.BoundingBox} documents.
 */
package dev.recto.templates.recto;
