package dev.recto.templates.recto;

import dev.recto.core.model.Document;
import dev.recto.core.model.Page;
import dev.recto.core.model.Word;
import dev.recto.templates.regex.InterruptibleText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Scores templates against a document and picks the best.
 *
 * <p><b>Score.</b> A template whose keywords all occur (folded, whole words, see {@link Folding}),
 * none of whose exclude keywords occurs, and whose regexes are all found in the layout text scores
 * {@code 0.8 + 0.2 * f}, where {@code f} is the share of its layout marks found within tolerance (1
 * without marks); any other template scores 0. The best score at or above the threshold wins, ties
 * broken by higher priority, then by the order given; below the threshold there is no match and the
 * template-free extractor takes over.
 *
 * <p><b>Speed.</b> Candidates come from a {@link KeywordIndex}, so the cost grows with the
 * templates that share a keyword token with the document, not with all templates; the layout text
 * is rendered only when a candidate has regexes.
 *
 * <p>Immutable and thread-safe; build once and share.
 *
 * <pre>{@code
 * TemplateMatcher matcher = new TemplateMatcher(templates, TemplateMatcher.DEFAULT_THRESHOLD);
 * matcher.match(document).ifPresent(m -> System.out.println(m.template().name() + " " + m.score()));
 * }</pre>
 */
public final class TemplateMatcher {

  /** The default threshold: every rule holds; layout marks only rank. */
  public static final double DEFAULT_THRESHOLD = 0.8;

  private final List<RectoTemplate> templates;
  private final double threshold;
  private final KeywordIndex index;

  /**
   * A matcher over {@code templates} (copied).
   *
   * @param threshold lowest score that counts as a match, in {@code (0,1]}
   */
  public TemplateMatcher(List<RectoTemplate> templates, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0,1], was " + threshold);
    }
    this.templates = List.copyOf(templates);
    this.threshold = threshold;
    this.index = new KeywordIndex(this.templates);
  }

  /** A matcher with {@link #DEFAULT_THRESHOLD}. */
  public TemplateMatcher(List<RectoTemplate> templates) {
    this(templates, DEFAULT_THRESHOLD);
  }

  public List<RectoTemplate> templates() {
    return templates;
  }

  /** The best template for {@code document}, or empty when none reaches the threshold. */
  public Optional<TemplateMatch> match(Document document) {
    return match(document, new Lazy(() -> LayoutText.of(document)));
  }

  /** Same as {@link #match(Document)} with the document's layout text already rendered. */
  public Optional<TemplateMatch> match(Document document, LayoutText text) {
    return match(document, new Lazy(() -> text));
  }

  private Optional<TemplateMatch> match(Document document, Lazy text) {
    List<String> tokens = new ArrayList<>();
    for (Page p : document.pages()) {
      for (Word w : p.words()) {
        tokens.addAll(Folding.tokens(w.text()));
      }
    }
    Set<String> tokenSet = new HashSet<>(tokens);
    String joined = " " + String.join(" ", tokens) + " ";
    RectoTemplate best = null;
    double bestScore = 0;
    for (int i : index.candidates(tokenSet)) {
      RectoTemplate t = templates.get(i);
      double s = score(t, document, joined, text);
      if (s >= threshold
          && (best == null
              || s > bestScore
              || (s == bestScore && t.priority() > best.priority()))) {
        best = t;
        bestScore = s;
      }
    }
    return best == null ? Optional.empty() : Optional.of(new TemplateMatch(best, bestScore));
  }

  private static double score(RectoTemplate t, Document document, String joined, Lazy text) {
    MatchRules m = t.match();
    for (String k : m.keywords()) {
      if (!joined.contains(" " + String.join(" ", Folding.tokens(k)) + " ")) {
        return 0;
      }
    }
    for (String k : m.excludeKeywords()) {
      List<String> tok = Folding.tokens(k);
      if (!tok.isEmpty() && joined.contains(" " + String.join(" ", tok) + " ")) {
        return 0;
      }
    }
    for (Pattern p : m.regexes()) {
      if (!p.matcher(InterruptibleText.of(text.get().text())).find()) {
        return 0;
      }
    }
    if (m.layout().isEmpty()) {
      return 1.0;
    }
    int found = 0;
    for (LayoutMark mark : m.layout()) {
      if (mark.page() < document.pages().size()
          && present(mark, document.pages().get(mark.page()))) {
        found++;
      }
    }
    return 0.8 + 0.2 * found / m.layout().size();
  }

  private static boolean present(LayoutMark mark, Page page) {
    List<String> want = Folding.tokens(mark.text());
    for (Word w : page.words()) {
      if (Math.abs(w.box().centerX() - mark.box().centerX()) <= mark.tolerance()
          && Math.abs(w.box().centerY() - mark.box().centerY()) <= mark.tolerance()
          && Folding.tokens(w.text()).equals(want)) {
        return true;
      }
    }
    return false;
  }

  /** The layout text, rendered on first use. Not thread-safe; one per match call. */
  private static final class Lazy {
    private final Supplier<LayoutText> supplier;
    private LayoutText value;

    Lazy(Supplier<LayoutText> supplier) {
      this.supplier = supplier;
    }

    LayoutText get() {
      if (value == null) {
        value = supplier.get();
      }
      return value;
    }
  }
}
