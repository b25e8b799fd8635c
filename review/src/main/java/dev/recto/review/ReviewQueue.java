package dev.recto.review;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.BoundingBox;
import dev.recto.review.ReviewException.Kind;
import dev.recto.review.ReviewTask.Resolution;
import dev.recto.review.ReviewTask.State;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * The review queue: fields waiting for a person, stored in a JDBC database (embedded H2 by default,
 * PostgreSQL supported) whose schema Flyway migrates on {@link #open}.
 *
 * <p>Operations: {@link #enqueue} (idempotent per document and field), {@link #claimNext} and
 * {@link #claim} (a lease that expires, so a reviewer who walks away does not block a task), {@link
 * #accept}, {@link #correct}, {@link #skip}, {@link #list}, {@link #get} and {@link #resolved} (the
 * labeled data, see {@link TruthExport}). Every change is one transaction and is committed before
 * the method returns, together with its row in {@code review_event}: a crash after a method
 * returned loses nothing.
 *
 * <p>Thread-safe; several processes may share a PostgreSQL queue (claims are compare-and-set, so a
 * task is leased to one reviewer at a time). Each operation opens and closes its own connection;
 * for H2 the queue keeps one more open so that the embedded database stays open until {@link
 * #close}, which the caller must call.
 *
 * <pre>{@code
 * try (ReviewQueue queue = ReviewQueue.open(ReviewDatabase.h2(Path.of("review")))) {
 *   queue.enqueueAll(decision.review());
 *   queue.claimNext("ana", Duration.ofMinutes(10))
 *       .ifPresent(t -> queue.correct(t.id(), "ana", "4.11"));
 * }
 * }</pre>
 */
public final class ReviewQueue implements AutoCloseable {

  private static final String COLUMNS =
      "id, document_id, field_key, proposed_value, confidence, page_index, box_left, box_top,"
          + " box_right, box_bottom, page_image, state, claimed_by, lease_until, skips, resolution,"
          + " final_value, resolved_by, resolved_at, created_at";
  private static final String SQL_STATE_UNIQUE = "23505";

  private final ReviewDatabase db;
  private final Clock clock;
  private final Connection keepAlive;

  private ReviewQueue(ReviewDatabase db, Clock clock, Connection keepAlive) {
    this.db = db;
    this.clock = clock;
    this.keepAlive = keepAlive;
  }

  /** Opens the queue and migrates its schema to the newest version. */
  public static ReviewQueue open(ReviewDatabase db) {
    return open(db, Clock.systemUTC());
  }

  /** Same, with a clock for leases and timestamps (tests move it forward). */
  public static ReviewQueue open(ReviewDatabase db, Clock clock) {
    Objects.requireNonNull(db, "db");
    Objects.requireNonNull(clock, "clock");
    Connection keepAlive = null;
    try {
      if (!db.isPostgres()) {
        keepAlive = DriverManager.getConnection(db.url(), db.user(), db.password());
      }
      Flyway.configure(ReviewQueue.class.getClassLoader())
          .dataSource(db.url(), db.user(), db.password())
          .locations("classpath:dev/recto/review/db")
          .table("review_schema_history")
          .load()
          .migrate();
      return new ReviewQueue(db, clock, keepAlive);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(keepAlive);
      throw new ReviewException(
          Kind.DATABASE, "cannot open the review queue at " + db.url() + ": " + e.getMessage(), e);
    }
  }

  /** The database this queue lives in. */
  public ReviewDatabase database() {
    return db;
  }

  /**
   * Adds a task unless the queue already has one for its document and field, in which case that one
   * is returned unchanged (whatever its state), so enqueueing the same document twice is safe.
   */
  public ReviewTask enqueue(NewTask task) {
    Objects.requireNonNull(task, "task");
    for (int attempt = 0; ; attempt++) {
      try (Connection c = connect()) {
        Optional<ReviewTask> existing = find(c, task.documentId(), task.field());
        if (existing.isPresent()) {
          return existing.get();
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO review_task (document_id, field_key, proposed_value, confidence,"
                    + " page_index, box_left, box_top, box_right, box_bottom, page_image, state,"
                    + " skips, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 0, ?)")) {
          ps.setString(1, task.documentId());
          ps.setString(2, task.field().jsonName());
          ps.setString(3, task.proposedValue());
          ps.setDouble(4, task.confidence());
          ps.setInt(5, task.pageIndex());
          BoundingBox b = task.box();
          setDouble(ps, 6, b == null ? null : b.left());
          setDouble(ps, 7, b == null ? null : b.top());
          setDouble(ps, 8, b == null ? null : b.right());
          setDouble(ps, 9, b == null ? null : b.bottom());
          ps.setString(10, task.pageImage());
          ps.setObject(11, now());
          ps.executeUpdate();
        }
        return find(c, task.documentId(), task.field())
            .orElseThrow(() -> new ReviewException(Kind.DATABASE, "inserted task vanished"));
      } catch (SQLException e) {
        if (SQL_STATE_UNIQUE.equals(e.getSQLState()) && attempt == 0) {
          continue; // another writer inserted it between our look and our insert: read theirs
        }
        throw database("enqueue " + task.documentId() + "/" + task.field().jsonName(), e);
      }
    }
  }

  /** {@link #enqueue} of each, in order. */
  public List<ReviewTask> enqueueAll(List<NewTask> tasks) {
    List<ReviewTask> out = new ArrayList<>(tasks.size());
    for (NewTask t : tasks) {
      out.add(enqueue(t));
    }
    return out;
  }

  /**
   * Leases the next open task to {@code reviewer}: tasks skipped least come first, then the oldest.
   * A task whose lease expired, or that this reviewer already holds, counts as free.
   *
   * @return the leased task, empty when no open task is free
   */
  public Optional<ReviewTask> claimNext(String reviewer, Duration lease) {
    checkReviewer(reviewer);
    checkLease(lease);
    for (int round = 0; round < 10; round++) {
      List<Long> candidates = new ArrayList<>();
      try (Connection c = connect();
          PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id FROM review_task WHERE state = 'OPEN' AND (claimed_by IS NULL OR"
                      + " lease_until <= ? OR claimed_by = ?) ORDER BY skips, id"
                      + " FETCH FIRST 8 ROWS ONLY")) {
        ps.setObject(1, now());
        ps.setString(2, reviewer);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            candidates.add(rs.getLong(1));
          }
        }
      } catch (SQLException e) {
        throw database("claim", e);
      }
      if (candidates.isEmpty()) {
        return Optional.empty();
      }
      for (long id : candidates) {
        Optional<ReviewTask> t = tryClaim(id, reviewer, lease);
        if (t.isPresent()) {
          return t;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Leases this task to {@code reviewer} (or renews the lease it holds).
   *
   * @throws ReviewException NOT_FOUND for an unknown id, CONFLICT when it is resolved or another
   *     reviewer holds an unexpired lease
   */
  public ReviewTask claim(long id, String reviewer, Duration lease) {
    checkReviewer(reviewer);
    checkLease(lease);
    return tryClaim(id, reviewer, lease).orElseThrow(() -> conflict(id));
  }

  private Optional<ReviewTask> tryClaim(long id, String reviewer, Duration lease) {
    OffsetDateTime now = now();
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE review_task SET claimed_by = ?, lease_until = ? WHERE id = ? AND state ="
                  + " 'OPEN' AND (claimed_by IS NULL OR lease_until <= ? OR claimed_by = ?)")) {
        ps.setString(1, reviewer);
        ps.setObject(2, now.plus(lease));
        ps.setLong(3, id);
        ps.setObject(4, now);
        ps.setString(5, reviewer);
        if (ps.executeUpdate() != 1) {
          c.rollback();
          return Optional.empty();
        }
      }
      event(c, id, "CLAIMED", null, reviewer, now);
      c.commit();
      return Optional.of(get(c, id).orElseThrow());
    } catch (SQLException e) {
      throw database("claim task " + id, e);
    }
  }

  /** Resolves the task: the proposed value was right. See {@link #resolve}. */
  public ReviewTask accept(long id, String reviewer) {
    return resolve(id, reviewer, Resolution.ACCEPTED, null);
  }

  /** Resolves the task with the right value ({@code ""}: the document has no such field). */
  public ReviewTask correct(long id, String reviewer, String value) {
    Objects.requireNonNull(value, "value");
    return resolve(id, reviewer, Resolution.CORRECTED, value);
  }

  /**
   * Resolves an open task that is free or leased to {@code reviewer}, in one transaction with its
   * event, committed before this returns. A correction equal to the proposed value counts as
   * ACCEPTED.
   *
   * @param value the right value for CORRECTED; ignored for ACCEPTED (the proposed value is kept)
   * @throws ReviewException NOT_FOUND for an unknown id, CONFLICT when it is already resolved or
   *     leased to another reviewer
   */
  public ReviewTask resolve(long id, String reviewer, Resolution resolution, String value) {
    checkReviewer(reviewer);
    Objects.requireNonNull(resolution, "resolution");
    if (resolution == Resolution.CORRECTED) {
      Objects.requireNonNull(value, "value");
    }
    OffsetDateTime now = now();
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try {
        ReviewTask t = get(c, id).orElseThrow(() -> notFound(id));
        String proposed = t.task().proposedValue();
        String finalValue = resolution == Resolution.ACCEPTED ? proposed : value.strip();
        Resolution how = finalValue.equals(proposed) ? Resolution.ACCEPTED : Resolution.CORRECTED;
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE review_task SET state = 'RESOLVED', resolution = ?, final_value = ?,"
                    + " resolved_by = ?, resolved_at = ?, claimed_by = NULL, lease_until = NULL"
                    + " WHERE id = ? AND state = 'OPEN' AND (claimed_by IS NULL OR claimed_by = ?"
                    + " OR lease_until <= ?)")) {
          ps.setString(1, how.name());
          ps.setString(2, finalValue);
          ps.setString(3, reviewer);
          ps.setObject(4, now);
          ps.setLong(5, id);
          ps.setString(6, reviewer);
          ps.setObject(7, now);
          if (ps.executeUpdate() != 1) {
            c.rollback();
            throw conflict(id);
          }
        }
        event(c, id, how.name(), finalValue, reviewer, now);
        c.commit();
        return get(c, id).orElseThrow();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw database("resolve task " + id, e);
    }
  }

  /**
   * Gives the task back unresolved and counts a skip, so that {@link #claimNext} offers it after
   * the tasks skipped less often.
   *
   * @throws ReviewException NOT_FOUND, or CONFLICT when resolved or leased to another reviewer
   */
  public ReviewTask skip(long id, String reviewer) {
    checkReviewer(reviewer);
    OffsetDateTime now = now();
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE review_task SET skips = skips + 1, claimed_by = NULL, lease_until = NULL"
                  + " WHERE id = ? AND state = 'OPEN' AND (claimed_by IS NULL OR claimed_by = ?"
                  + " OR lease_until <= ?)")) {
        ps.setLong(1, id);
        ps.setString(2, reviewer);
        ps.setObject(3, now);
        if (ps.executeUpdate() != 1) {
          c.rollback();
          throw get(c, id).isPresent() ? conflict(id) : notFound(id);
        }
      }
      event(c, id, "SKIPPED", null, reviewer, now);
      c.commit();
      return get(c, id).orElseThrow();
    } catch (SQLException e) {
      throw database("skip task " + id, e);
    }
  }

  /** The task with this id. */
  public Optional<ReviewTask> get(long id) {
    try (Connection c = connect()) {
      return get(c, id);
    } catch (SQLException e) {
      throw database("read task " + id, e);
    }
  }

  /** Tasks matching the filter, by id. */
  public List<ReviewTask> list(TaskFilter filter) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM review_task WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (filter.state() != null) {
      sql.append(" AND state = ?");
      args.add(filter.state().name());
    }
    if (filter.documentId() != null) {
      sql.append(" AND document_id = ?");
      args.add(filter.documentId());
    }
    if (filter.field() != null) {
      sql.append(" AND field_key = ?");
      args.add(filter.field().jsonName());
    }
    sql.append(" ORDER BY id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY");
    args.add(filter.offset());
    args.add(filter.limit());
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        ps.setObject(i + 1, args.get(i));
      }
      List<ReviewTask> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw database("list tasks", e);
    }
  }

  /** How many tasks are in each state. */
  public Map<State, Long> counts() {
    Map<State, Long> out = new EnumMap<>(State.class);
    for (State s : State.values()) {
      out.put(s, 0L);
    }
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement("SELECT state, COUNT(*) FROM review_task GROUP BY state");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(State.valueOf(rs.getString(1)), rs.getLong(2));
      }
      return out;
    } catch (SQLException e) {
      throw database("count tasks", e);
    }
  }

  /**
   * Every resolved task, by document id and then id: the labeled data {@link TruthExport} writes.
   */
  public List<ReviewTask> resolved() {
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM review_task WHERE state = 'RESOLVED' ORDER BY document_id, id")) {
      List<ReviewTask> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw database("read resolved tasks", e);
    }
  }

  @Override
  public void close() {
    closeQuietly(keepAlive);
  }

  // ---------------------------------------------------------------------------------------------

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(db.url(), db.user(), db.password());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static void event(
      Connection c, long taskId, String kind, String value, String reviewer, OffsetDateTime at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO review_event (task_id, kind, event_value, reviewer, occurred_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      ps.setLong(1, taskId);
      ps.setString(2, kind);
      ps.setString(3, value);
      ps.setString(4, reviewer);
      ps.setObject(5, at);
      ps.executeUpdate();
    }
  }

  private static Optional<ReviewTask> find(Connection c, String documentId, FieldKey field)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM review_task WHERE document_id = ? AND field_key = ?")) {
      ps.setString(1, documentId);
      ps.setString(2, field.jsonName());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  private static Optional<ReviewTask> get(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM review_task WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  private static ReviewTask read(ResultSet rs) throws SQLException {
    double left = rs.getDouble("box_left");
    BoundingBox box =
        rs.wasNull()
            ? null
            : new BoundingBox(
                left,
                rs.getDouble("box_top"),
                rs.getDouble("box_right"),
                rs.getDouble("box_bottom"));
    FieldKey field =
        FieldKey.fromJsonName(rs.getString("field_key"))
            .orElseThrow(
                () ->
                    new ReviewException(
                        Kind.DATABASE, "unknown field in the queue: " + safe(rs, "field_key")));
    NewTask task =
        new NewTask(
            rs.getString("document_id"),
            field,
            rs.getString("proposed_value"),
            rs.getDouble("confidence"),
            rs.getInt("page_index"),
            box,
            rs.getString("page_image"));
    String resolution = rs.getString("resolution");
    return new ReviewTask(
        rs.getLong("id"),
        task,
        State.valueOf(rs.getString("state")),
        rs.getString("claimed_by"),
        instant(rs, "lease_until"),
        rs.getInt("skips"),
        resolution == null ? null : Resolution.valueOf(resolution),
        rs.getString("final_value"),
        rs.getString("resolved_by"),
        instant(rs, "resolved_at"),
        instant(rs, "created_at"));
  }

  private static String safe(ResultSet rs, String column) {
    try {
      return rs.getString(column);
    } catch (SQLException e) {
      return "?";
    }
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, v);
    }
  }

  private static void checkReviewer(String reviewer) {
    if (reviewer == null || reviewer.isBlank() || reviewer.length() > 200) {
      throw new IllegalArgumentException("reviewer must have 1 to 200 characters");
    }
  }

  private static void checkLease(Duration lease) {
    if (lease == null || lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive, was " + lease);
    }
  }

  private ReviewException conflict(long id) {
    Optional<ReviewTask> t = get(id);
    if (t.isEmpty()) {
      return notFound(id);
    }
    ReviewTask task = t.get();
    String why =
        task.state() == State.RESOLVED
            ? "already resolved by " + task.resolvedBy()
            : "leased to " + task.claimedBy() + " until " + task.leaseUntil();
    return new ReviewException(Kind.CONFLICT, "task " + id + " is " + why);
  }

  private static ReviewException notFound(long id) {
    return new ReviewException(Kind.NOT_FOUND, "no review task " + id);
  }

  private static ReviewException database(String what, SQLException e) {
    return new ReviewException(Kind.DATABASE, "review queue: " + what + ": " + e.getMessage(), e);
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing: nothing to do
      }
    }
  }
}
