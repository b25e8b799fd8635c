/**
 * invoice2data compatibility: {@link dev.recto.templates.invoice2data.Invoice2DataTemplates} loads
 * invoice2data's YAML and JSON templates as they are into immutable records ({@link
 * dev.recto.templates.invoice2data.Invoice2DataTemplate}, {@link
 * dev.recto.templates.invoice2data.FieldRule}, {@link dev.recto.templates.invoice2data.LinesRule},
 * {@link dev.recto.templates.invoice2data.TableRule}, {@link
 * dev.recto.templates.invoice2data.Options}), picks a document's template by its keywords and
 * priority, runs it on Recto's layout text ({@link dev.recto.templates.invoice2data.DocumentText})
 * and writes invoice2data's JSON ({@link dev.recto.templates.invoice2data.Invoice2DataJson}).
 *
 * <pre>{@code
 * Invoice2DataTemplates templates = Invoice2DataTemplates.load(Path.of("templates"));
 * Invoice2DataOutcome outcome = templates.extract(DocumentText.of(result.document()));
 * outcome.fields().ifPresent(f -> System.out.println(Invoice2DataJson.write(List.of(f))));
 * }</pre>
 */
package dev.recto.templates.invoice2data;
