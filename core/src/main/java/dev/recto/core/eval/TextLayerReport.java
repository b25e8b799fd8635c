package dev.recto.core.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of comparing Recto's PDF text layer with poppler's {@code pdftotext} over a folder:
 * word-bag scores and box agreement per file and summed over all files (micro average).
 *
 * <p>Immutable and thread-safe. Render it with {@link #toMarkdown()} or {@link #toText()}.
 *
 * @param directory the folder evaluated
 * @param files one result per PDF, sorted by file name
 * @param words word-bag score of all files together (counts summed)
 * @param boxes box agreement of all files together
 */
public record TextLayerReport(
    String directory, List<FileResult> files, WordBagF1 words, BoxAgreement boxes) {

  /**
   * One PDF's result.
   *
   * @param file file name within the folder
   * @param pages number of pages read
   * @param words Recto's words (candidate) scored against pdftotext's (reference)
   * @param boxes box agreement of the words matched between Recto and {@code pdftotext -bbox}
   * @param missing a sample of pdftotext words Recto lacks, most frequent first
   * @param extra a sample of Recto words pdftotext lacks, most frequent first
   */
  public record FileResult(
      String file,
      int pages,
      WordBagF1 words,
      BoxAgreement boxes,
      List<String> missing,
      List<String> extra) {
    public FileResult {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(words, "words");
      Objects.requireNonNull(boxes, "boxes");
      missing = List.copyOf(missing);
      extra = List.copyOf(extra);
    }
  }

  public TextLayerReport {
    Objects.requireNonNull(directory, "directory");
    files = List.copyOf(files);
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(boxes, "boxes");
  }

  /** The report as a Markdown table with an overall row and the differing words per file. */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        "| file | pages | pdftotext words | Recto words | matched | precision | recall | F1 |"
            + " boxes matched | left/right within 1% | top/bottom within 1% |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (FileResult f : files) {
      row(sb, f.file(), Integer.toString(f.pages()), f.words(), f.boxes());
    }
    row(
        sb,
        "**overall (micro)**",
        Integer.toString(files.stream().mapToInt(FileResult::pages).sum()),
        words,
        boxes);
    boolean anyDiff = files.stream().anyMatch(f -> !f.missing().isEmpty() || !f.extra().isEmpty());
    if (anyDiff) {
      sb.append("\nDiffering words (sample):\n\n");
      for (FileResult f : files) {
        if (!f.missing().isEmpty() || !f.extra().isEmpty()) {
          sb.append("- `")
              .append(f.file())
              .append("`: missing ")
              .append(quoted(f.missing()))
              .append("; extra ")
              .append(quoted(f.extra()))
              .append('\n');
        }
      }
    }
    return sb.toString();
  }

  private static void row(
      StringBuilder sb, String name, String pages, WordBagF1 w, BoxAgreement b) {
    sb.append("| ")
        .append(name)
        .append(" | ")
        .append(pages)
        .append(" | ")
        .append(w.referenceWords())
        .append(" | ")
        .append(w.candidateWords())
        .append(" | ")
        .append(w.matchedWords())
        .append(" | ")
        .append(fmt(w.precision()))
        .append(" | ")
        .append(fmt(w.recall()))
        .append(" | ")
        .append(fmt(w.f1()))
        .append(" | ")
        .append(b.matchedWords())
        .append(" | ")
        .append(pct(b.horizontalShare()))
        .append(" | ")
        .append(pct(b.verticalShare()))
        .append(" |\n");
  }

  /** The report as plain text, one line per file and an overall line. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%-32s %5s %6s %6s %6s %7s %7s %7s %6s %7s %7s%n",
            "file",
            "pages",
            "ref",
            "recto",
            "match",
            "prec",
            "recall",
            "F1",
            "boxes",
            "h<=1%",
            "v<=1%"));
    for (FileResult f : files) {
      line(sb, f.file(), f.pages(), f.words(), f.boxes());
      if (!f.missing().isEmpty()) {
        sb.append("    missing: ").append(String.join(" | ", f.missing())).append('\n');
      }
      if (!f.extra().isEmpty()) {
        sb.append("    extra:   ").append(String.join(" | ", f.extra())).append('\n');
      }
    }
    line(sb, "overall (micro)", files.stream().mapToInt(FileResult::pages).sum(), words, boxes);
    return sb.toString();
  }

  private static void line(StringBuilder sb, String name, int pages, WordBagF1 w, BoxAgreement b) {
    sb.append(
        String.format(
            Locale.ROOT,
            "%-32s %5d %6d %6d %6d %7s %7s %7s %6d %7s %7s%n",
            name,
            pages,
            w.referenceWords(),
            w.candidateWords(),
            w.matchedWords(),
            fmt(w.precision()),
            fmt(w.recall()),
            fmt(w.f1()),
            b.matchedWords(),
            pct(b.horizontalShare()),
            pct(b.verticalShare())));
  }

  private static String quoted(List<String> words) {
    if (words.isEmpty()) {
      return "none";
    }
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append('`').append(w.replace("`", "'").replace("|", "\\|")).append('`');
    }
    return sb.toString();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }
}
