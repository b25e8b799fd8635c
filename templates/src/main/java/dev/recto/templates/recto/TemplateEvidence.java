package dev.recto.templates.recto;

import dev.recto.core.model.Word;
import dev.recto.templates.regex.InterruptibleText;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a template's own evidence is printed: the words of the first match of its first match regex
 * in the layout text (as rendered, the text the matcher searched), else of the first occurrence of
 * its first keyword inside one phrase. It is the provenance of {@link Locator.Constant} values.
 * Stateless and thread-safe.
 */
final class TemplateEvidence {

  private TemplateEvidence() {}

  /** The evidence of {@code template}, empty when neither its regex nor its keyword is found. */
  static Optional<Located> find(RectoTemplate template, LayoutText text, List<PageRows> pages) {
    for (Pattern p : template.match().regexes()) {
      Matcher m = p.matcher(InterruptibleText.of(text.text()));
      if (m.find() && m.end() > m.start()) {
        Located l = Located.traced(text, m.start(), m.end());
        if (!l.words().isEmpty()) {
          return Optional.of(l);
        }
      }
    }
    for (String k : template.match().keywords()) {
      List<String> tokens = Folding.tokens(k);
      for (PageRows page : pages) {
        for (AnchorFinder.Hit hit : AnchorFinder.find(page, tokens)) {
          List<Word> phrase = page.rows().get(hit.row()).get(hit.phrase());
          return Optional.of(Located.ofRows(List.of(phrase.subList(hit.first(), hit.last() + 1))));
        }
      }
    }
    return Optional.empty();
  }
}
