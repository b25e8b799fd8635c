package dev.recto.review;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the review queue lives: a JDBC URL with its user and password.
 *
 * <p>{@link #h2(Path)} is the default, an embedded H2 file database (one process at a time); {@code
 * jdbc:postgresql://host:5432/db} URLs are supported too. Immutable.
 *
 * @param url the JDBC URL
 * @param user the user, may be empty
 * @param password the password, may be empty
 */
public record ReviewDatabase(String url, String user, String password) {

  public ReviewDatabase {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "the review queue runs on H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql:...), not "
              + url);
    }
    user = user == null ? "" : user;
    password = password == null ? "" : password;
  }

  /**
   * An embedded H2 database in this file ({@code queue} or {@code queue.mv.db} both name {@code
   * queue.mv.db}). Commits are written to the file before they return, so a crashed process loses
   * no committed change.
   */
  public static ReviewDatabase h2(Path file) {
    String path = file.toAbsolutePath().toString().replaceFirst("\\.mv\\.db$", "");
    return new ReviewDatabase("jdbc:h2:file:" + path + ";WRITE_DELAY=0", "sa", "");
  }

  /** A JDBC URL as it is, or else a path of an H2 file database (see {@link #h2}). */
  public static ReviewDatabase parse(String urlOrPath, String user, String password) {
    if (urlOrPath.startsWith("jdbc:")) {
      return new ReviewDatabase(urlOrPath, user, password);
    }
    return h2(Path.of(urlOrPath));
  }

  boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  @Override
  public String toString() {
    return "ReviewDatabase[" + url + ", user=" + user + "]";
  }
}
