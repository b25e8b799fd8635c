package dev.recto.templates.invoice2data;

import dev.recto.templates.regex.PythonRegex;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One invoice2data template as loaded from its YAML or JSON file: immutable, its patterns already
 * translated to Java (see {@link PythonRegex}), so it is safe to share between threads.
 *
 * @param name the file name ({@code template_name} in invoice2data)
 * @param issuer the issuer written into every result ({@code keywords[0]} when the file has none)
 * @param keywords patterns that must all be found in the document's text for the template to match
 * @param excludeKeywords patterns none of which may be found
 * @param priority higher priorities are tried first (default 5)
 * @param fields the field rules, in file order
 * @param options the options, with invoice2data's defaults filled in
 * @param lines the legacy top-level {@code lines} plugin's rules (one, or a list), empty if none
 * @param tables the {@code tables} plugin's entries, in file order
 * @param requiredFields the keys a result must have, or empty for invoice2data's default ({@code
 *     date}, {@code amount}, {@code invoice_number}, {@code issuer})
 */
public record Invoice2DataTemplate(
    String name,
    String issuer,
    List<PythonRegex> keywords,
    List<PythonRegex> excludeKeywords,
    int priority,
    List<FieldRule> fields,
    Options options,
    List<LinesRule> lines,
    List<TableRule> tables,
    Optional<List<String>> requiredFields) {

  /** The required keys when a template names none. */
  public static final List<String> DEFAULT_REQUIRED =
      List.of("date", "amount", "invoice_number", "issuer");

  public Invoice2DataTemplate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(issuer, "issuer");
    keywords = List.copyOf(keywords);
    excludeKeywords = List.copyOf(excludeKeywords);
    fields = List.copyOf(fields);
    Objects.requireNonNull(options, "options");
    lines = List.copyOf(lines);
    tables = List.copyOf(tables);
    requiredFields = requiredFields.map(List::copyOf);
  }

  /** The keys a result must have: {@link #requiredFields()} or {@link #DEFAULT_REQUIRED}. */
  public List<String> effectiveRequiredFields() {
    return requiredFields.orElse(DEFAULT_REQUIRED);
  }
}
