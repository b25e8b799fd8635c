package dev.recto.ocr.eval;

import dev.recto.core.eval.WordBagF1;
import java.util.List;
import java.util.Locale;

/**
 * The result of an OCR evaluation: per set, per engine, per page.
 *
 * <p>Immutable and thread-safe; the list is copied.
 *
 * <pre>{@code
 * OcrEvalReport report = OcrEvaluation.evaluate(sets, engines, progress -> {});
 * System.out.print(report.toMarkdown(false));
 * }</pre>
 *
 * @param sets one result per set, in the order evaluated
 */
public record OcrEvalReport(List<SetResult> sets) {

  /** How many missing and extra words each engine's summary lists. */
  public static final int ERROR_SAMPLE = 15;

  public OcrEvalReport {
    sets = List.copyOf(sets);
  }

  /** The Markdown tables without per-page rows. */
  public String toMarkdown() {
    return toMarkdown(false);
  }

  /**
   * One section per set: a table with precision, recall, F1 (micro), CER (character-weighted) and
   * milliseconds per page per engine; words with letters outside PP-OCR's dictionary; the most
   * frequent missing and extra words; with {@code perPage}, a table of F1 and CER per page.
   */
  public String toMarkdown(boolean perPage) {
    StringBuilder md = new StringBuilder();
    for (SetResult set : sets) {
      md.append("### ").append(set.name()).append("\n\n");
      md.append(set.description()).append(set.ignoreCase() ? " (case-insensitive)" : "");
      md.append(".\n\n");
      md.append("| engine | pages | precision | recall | F1 | CER | ms/page |\n");
      md.append("|---|---:|---:|---:|---:|---:|---:|\n");
      for (EngineResult e : set.engines()) {
        WordBagF1 w = e.words();
        md.append("| ")
            .append(e.engine())
            .append(" | ")
            .append(e.pages().size())
            .append(e.failedPages() > 0 ? " (" + e.failedPages() + " failed)" : "")
            .append(" | ")
            .append(f3(w.precision()))
            .append(" | ")
            .append(f3(w.recall()))
            .append(" | **")
            .append(f3(w.f1()))
            .append("** | ")
            .append(f3(e.cer().rate()))
            .append(" | ")
            .append(Math.round(e.millisPerPage()))
            .append(" |\n");
      }
      appendDictionarySplit(md, set);
      md.append('\n');
      for (EngineResult e : set.engines()) {
        md.append("- ")
            .append(e.engine())
            .append(" missing: ")
            .append(String.join(" · ", e.missing().mostFrequent(ERROR_SAMPLE)))
            .append('\n');
        md.append("- ")
            .append(e.engine())
            .append(" extra: ")
            .append(String.join(" · ", e.extra().mostFrequent(ERROR_SAMPLE)))
            .append('\n');
      }
      if (perPage) {
        appendPages(md, set);
      }
      md.append('\n');
    }
    return md.toString();
  }

  private static void appendDictionarySplit(StringBuilder md, SetResult set) {
    if (set.engines().isEmpty() || set.engines().get(0).outsideDictionary().referenceWords() == 0) {
      return;
    }
    md.append("\nWords with a character outside PP-OCR's dictionary (")
        .append(set.engines().get(0).outsideDictionary().referenceWords())
        .append(" of ")
        .append(set.engines().get(0).words().referenceWords())
        .append(" reference words) and the others:\n\n");
    md.append("| engine | F1 with | recall with | F1 without | recall without |\n");
    md.append("|---|---:|---:|---:|---:|\n");
    for (EngineResult e : set.engines()) {
      md.append("| ")
          .append(e.engine())
          .append(" | ")
          .append(f3(e.outsideDictionary().f1()))
          .append(" | ")
          .append(f3(e.outsideDictionary().recall()))
          .append(" | ")
          .append(f3(e.insideDictionary().f1()))
          .append(" | ")
          .append(f3(e.insideDictionary().recall()))
          .append(" |\n");
    }
  }

  private static void appendPages(StringBuilder md, SetResult set) {
    md.append("\n| page |");
    StringBuilder rule = new StringBuilder("|---|");
    for (EngineResult e : set.engines()) {
      md.append(' ').append(e.engine()).append(" F1 | ").append(e.engine()).append(" CER |");
      rule.append("---:|---:|");
    }
    md.append('\n').append(rule).append('\n');
    int n = set.engines().isEmpty() ? 0 : set.engines().get(0).pages().size();
    for (int i = 0; i < n; i++) {
      md.append("| ").append(set.engines().get(0).pages().get(i).sampleId()).append(" |");
      for (EngineResult e : set.engines()) {
        PageResult p = e.pages().get(i);
        md.append(' ')
            .append(p.failed() ? "failed" : f3(p.words().f1()))
            .append(" | ")
            .append(f3(p.cer().rate()))
            .append(" |");
      }
      md.append('\n');
    }
  }

  private static String f3(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
