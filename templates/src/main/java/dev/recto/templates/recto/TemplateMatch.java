package dev.recto.templates.recto;

import java.util.Objects;

/**
 * The template chosen for a document and how well it matched.
 *
 * @param template the template
 * @param score in {@code [0,1]}; see {@link TemplateMatcher}
 */
public record TemplateMatch(RectoTemplate template, double score) {
  public TemplateMatch {
    Objects.requireNonNull(template, "template");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0,1], was " + score);
    }
  }
}
