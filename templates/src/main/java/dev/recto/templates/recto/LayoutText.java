package dev.recto.templates.recto;

import dev.recto.core.model.Document;
import dev.recto.core.model.Page;
import dev.recto.core.model.Word;
import dev.recto.core.text.LayoutTextRenderer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's layout text ({@link LayoutTextRenderer}, pages ended by a form feed) together with
 * the word behind each run of characters, so that a regular-expression match can be traced back to
 * the words (page and box) it came from.
 *
 * <p>The renderer writes each word's text unchanged, words of one phrase joined by one space or,
 * when touching, by none. The words are found again by walking the rendered tokens in order and
 * taking, for each, the longest word text that begins it among the page's words not used yet
 * (earliest first, top to bottom); a word the renderer split or merged differently is simply not
 * traced.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class LayoutText {

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final Word[] words;

  private LayoutText(String text, List<Span> spans) {
    this.text = text;
    this.starts = new int[spans.size()];
    this.ends = new int[spans.size()];
    this.words = new Word[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      starts[i] = spans.get(i).start;
      ends[i] = spans.get(i).end;
      words[i] = spans.get(i).word;
    }
  }

  /** Renders {@code document} and traces its words. */
  public static LayoutText of(Document document) {
    StringBuilder out = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (Page page : document.pages()) {
      int base = out.length();
      String pageText = LayoutTextRenderer.render(page);
      out.append(pageText).append('\f');
      trace(page, pageText, base, spans);
    }
    return new LayoutText(out.toString(), spans);
  }

  /**
   * This text prepared by {@code options} ({@link TextPreparer}), each word traced to the prepared
   * characters that came from its own; this text itself when the options change nothing.
   */
  public LayoutText prepared(TextOptions options) {
    if (options.isNone()) {
      return this;
    }
    TextPreparer.Prepared p = TextPreparer.prepare(text, options);
    int[] origin = p.origin();
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      int s = firstAtOrAfter(origin, starts[i]);
      int e = firstAtOrAfter(origin, ends[i]);
      if (e > s) {
        spans.add(new Span(s, e, words[i]));
      }
    }
    return new LayoutText(p.text(), spans);
  }

  /** The first index whose origin is at least {@code offset} ({@code origin} never decreases). */
  private static int firstAtOrAfter(int[] origin, int offset) {
    int lo = 0;
    int hi = origin.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (origin[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The layout text. */
  public String text() {
    return text;
  }

  /** The words whose characters overlap {@code [start, end)}, in text order. */
  public List<Word> wordsIn(int start, int end) {
    List<Word> out = new ArrayList<>();
    for (Traced t : tracedIn(start, end)) {
      out.add(t.word());
    }
    return out;
  }

  /**
   * A word and the characters of this text traced to it.
   *
   * @param word the word
   * @param start offset of its first character in {@link #text()}
   * @param end offset after its last character
   */
  record Traced(Word word, int start, int end) {}

  /** The words whose characters overlap {@code [start, end)}, with their ranges, in text order. */
  List<Traced> tracedIn(int start, int end) {
    List<Traced> out = new ArrayList<>();
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < starts.length && starts[i] < end; i++) {
      if (ends[i] > start) {
        out.add(new Traced(words[i], starts[i], ends[i]));
      }
    }
    return out;
  }

  private static void trace(Page page, String pageText, int base, List<Span> spans) {
    Map<String, Deque<Word>> unused = new HashMap<>();
    List<Word> sorted = new ArrayList<>(page.words());
    sorted.sort(
        Comparator.comparingDouble((Word w) -> w.box().top())
            .thenComparingDouble(w -> w.box().left()));
    int longest = 0;
    for (Word w : sorted) {
      unused.computeIfAbsent(w.text(), t -> new ArrayDeque<>()).add(w);
      longest = Math.max(longest, w.text().length());
    }
    int i = 0;
    int n = pageText.length();
    while (i < n) {
      if (Character.isWhitespace(pageText.charAt(i))) {
        i++;
        continue;
      }
      int tokenEnd = i;
      while (tokenEnd < n && !Character.isWhitespace(pageText.charAt(tokenEnd))) {
        tokenEnd++;
      }
      int at = i;
      while (at < tokenEnd) {
        int found = -1;
        for (int len = Math.min(longest, tokenEnd - at); len > 0 && found < 0; len--) {
          Deque<Word> q = unused.get(pageText.substring(at, at + len));
          if (q != null && !q.isEmpty()) {
            spans.add(new Span(base + at, base + at + len, q.poll()));
            found = len;
          }
        }
        at += found > 0 ? found : 1;
      }
      i = tokenEnd;
    }
  }

  private record Span(int start, int end, Word word) {}
}
