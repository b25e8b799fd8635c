package dev.recto.core.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How closely Recto's {@link dev.recto.core.text.LayoutTextRenderer} output matches {@code
 * pdftotext -layout} on a folder of PDFs; made by {@link LayoutTextEvaluation}.
 *
 * <p>Three figures, each per file and overall:
 *
 * <ul>
 *   <li><b>line recall</b>: the share of pdftotext's non-blank lines (whitespace runs collapsed to
 *       one space) that occur exactly in Recto's output, counted as a multiset; overall it is
 *       pooled over all lines of all files;
 *   <li><b>similarity</b>: 1 minus the normalized character Levenshtein distance between the two
 *       texts with blank lines dropped and whitespace runs collapsed; overall it is the mean over
 *       files;
 *   <li><b>gap agreement</b>: on the lines that match, the share of word gaps that both texts
 *       render alike, as a single space or as a wide (two or more spaces) gap; pooled over all
 *       gaps.
 * </ul>
 *
 * <p>Immutable and thread-safe; the list is copied.
 *
 * @param files one score per PDF, in file-name order
 */
public record LayoutTextReport(List<FileScore> files) {

  public LayoutTextReport {
    files = List.copyOf(files);
  }

  /**
   * The comparison for one PDF.
   *
   * @param file the PDF's file name
   * @param processed false when Recto failed to process the file (it then scores 0)
   * @param referenceLines pdftotext's non-blank lines
   * @param renderedLines Recto's non-blank lines
   * @param matchedLines reference lines found in Recto's output (multiset match)
   * @param similarity character similarity in {@code [0,1]}
   * @param gaps word gaps on matched lines
   * @param agreeingGaps gaps rendered alike (single versus wide)
   */
  public record FileScore(
      String file,
      boolean processed,
      int referenceLines,
      int renderedLines,
      int matchedLines,
      double similarity,
      int gaps,
      int agreeingGaps) {

    public FileScore {
      Objects.requireNonNull(file, "file");
      if (referenceLines < 0 || renderedLines < 0 || gaps < 0) {
        throw new IllegalArgumentException("counts must be >= 0");
      }
      if (matchedLines < 0 || matchedLines > Math.min(referenceLines, renderedLines)) {
        throw new IllegalArgumentException(
            "matchedLines must be in [0, min(referenceLines, renderedLines)], was " + matchedLines);
      }
      if (agreeingGaps < 0 || agreeingGaps > gaps) {
        throw new IllegalArgumentException("agreeingGaps must be in [0, gaps]");
      }
      if (!(similarity >= 0.0 && similarity <= 1.0)) {
        throw new IllegalArgumentException("similarity must be in [0,1], was " + similarity);
      }
    }

    /** Matched share of pdftotext's lines; 1 when pdftotext has none. */
    public double lineRecall() {
      return referenceLines == 0 ? 1.0 : (double) matchedLines / referenceLines;
    }

    /** Share of gaps rendered alike; 1 when there are none. */
    public double gapAgreement() {
      return gaps == 0 ? 1.0 : (double) agreeingGaps / gaps;
    }
  }

  /** Matched lines over reference lines, pooled over all files; 1 for an empty report. */
  public double lineRecall() {
    long ref = files.stream().mapToLong(FileScore::referenceLines).sum();
    long matched = files.stream().mapToLong(FileScore::matchedLines).sum();
    return ref == 0 ? 1.0 : (double) matched / ref;
  }

  /** Mean of the files' similarities; 1 for an empty report. */
  public double meanSimilarity() {
    return files.stream().mapToDouble(FileScore::similarity).average().orElse(1.0);
  }

  /** Agreeing gaps over gaps, pooled over all files; 1 when there are none. */
  public double gapAgreement() {
    long gaps = files.stream().mapToLong(FileScore::gaps).sum();
    long agreeing = files.stream().mapToLong(FileScore::agreeingGaps).sum();
    return gaps == 0 ? 1.0 : (double) agreeing / gaps;
  }

  /** A Markdown table with one row per file and an overall row. */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        "| file | pdftotext lines | Recto lines | matched | line recall | similarity | gaps |"
            + " gap agreement |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (FileScore f : files) {
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s%s | %d | %d | %d | %.3f | %.3f | %d | %.3f |%n",
              f.file(),
              f.processed() ? "" : " (not processed)",
              f.referenceLines(),
              f.renderedLines(),
              f.matchedLines(),
              f.lineRecall(),
              f.similarity(),
              f.gaps(),
              f.gapAgreement()));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "| **overall** (%d files) | %d | %d | %d | **%.3f** | **%.3f** | %d | **%.3f** |%n",
            files.size(),
            files.stream().mapToInt(FileScore::referenceLines).sum(),
            files.stream().mapToInt(FileScore::renderedLines).sum(),
            files.stream().mapToInt(FileScore::matchedLines).sum(),
            lineRecall(),
            meanSimilarity(),
            files.stream().mapToInt(FileScore::gaps).sum(),
            gapAgreement()));
    return sb.toString().replace("\r\n", "\n");
  }
}
