package dev.recto.review;

import dev.recto.core.field.FieldKey;

/**
 * Which tasks {@link ReviewQueue#list} returns, oldest first. A {@code null} criterion matches all.
 *
 * @param state only tasks in this state
 * @param documentId only tasks of this document
 * @param field only tasks of this field
 * @param limit at most this many, 1 to 10,000
 * @param offset skip this many first
 */
public record TaskFilter(
    ReviewTask.State state, String documentId, FieldKey field, int limit, int offset) {

  public TaskFilter {
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("limit must be 1 to 10000, was " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, was " + offset);
    }
  }

  /** The first 1,000 tasks. */
  public static TaskFilter all() {
    return new TaskFilter(null, null, null, 1000, 0);
  }

  public TaskFilter withState(ReviewTask.State s) {
    return new TaskFilter(s, documentId, field, limit, offset);
  }

  public TaskFilter withDocument(String id) {
    return new TaskFilter(state, id, field, limit, offset);
  }

  public TaskFilter withField(FieldKey f) {
    return new TaskFilter(state, documentId, f, limit, offset);
  }

  public TaskFilter withPage(int newLimit, int newOffset) {
    return new TaskFilter(state, documentId, field, newLimit, newOffset);
  }
}
