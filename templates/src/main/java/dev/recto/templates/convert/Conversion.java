package dev.recto.templates.convert;

import dev.recto.templates.recto.RectoTemplate;
import java.util.List;
import java.util.Objects;

/**
 * The result of converting one invoice2data template.
 *
 * @param template the Recto template
 * @param differences what the Recto template does not do as the original does (a field with no core
 *     schema key, a text-preparation option, a static value, ...), one sentence each
 */
public record Conversion(RectoTemplate template, List<String> differences) {
  public Conversion {
    Objects.requireNonNull(template, "template");
    differences = List.copyOf(differences);
  }
}
