package dev.recto.review.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.recto.core.field.FieldKey;
import dev.recto.review.ReviewException;
import dev.recto.review.ReviewQueue;
import dev.recto.review.ReviewTask;
import dev.recto.review.TaskFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review web page: the JDK's {@link HttpServer} on the loopback interface, serving static
 * HTML/JS/CSS from this jar's resources and a small JSON API over a {@link ReviewQueue}.
 *
 * <pre>
 * GET  /                          the queue (index.html)
 * GET  /task/{id}                 one task (task.html)
 * GET  /static/{file}             app.css, queue.js, task.js
 * GET  /api/tasks?state=&amp;field=&amp;document=&amp;limit=&amp;offset=   {"counts": {...}, "tasks": [...]}
 * GET  /api/tasks/{id}            one task
 * GET  /api/tasks/{id}/image      the task's page as PNG
 * POST /api/tasks/{id}/claim      lease it to this server's reviewer (409 when someone else holds it)
 * POST /api/tasks/{id}/accept     resolve with the proposed value
 * POST /api/tasks/{id}/correct    {"value": "4.11"}: resolve with this value
 * POST /api/tasks/{id}/skip       give it back, counted as skipped
 * POST /api/next                  lease the next open task: {"task": {...}} or {"task": null}
 * </pre>
 *
 * <p>POSTs must say {@code Content-Type: application/json} and, when the browser sends an {@code
 * Origin}, come from this server's own origin, so another web site cannot resolve tasks through the
 * reviewer's browser. One reviewer name per server: every lease and resolution is in that name.
 *
 * <p>Thread-safe. {@link #close} stops the server; the queue stays the caller's to close.
 *
 * <pre>{@code
 * try (ReviewServer server = ReviewServer.start(queue, new RenderedPageImages(110), 0, "ana")) {
 *   System.out.println(server.uri());
 * }
 * }</pre>
 */
public final class ReviewServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration LEASE = Duration.ofMinutes(10);
  private static final Pattern TASK_API = Pattern.compile("/api/tasks/(\\d{1,18})(?:/(\\w+))?");
  private static final Pattern TASK_PAGE = Pattern.compile("/task/(\\d{1,18})");
  private static final Map<String, String> STATIC =
      Map.of(
          "app.css", "text/css; charset=utf-8",
          "queue.js", "text/javascript; charset=utf-8",
          "task.js", "text/javascript; charset=utf-8");

  private final HttpServer server;
  private final ExecutorService executor;
  private final ReviewQueue queue;
  private final PageImageSource images;
  private final String reviewer;

  private ReviewServer(
      HttpServer server,
      ExecutorService executor,
      ReviewQueue queue,
      PageImageSource images,
      String reviewer) {
    this.server = server;
    this.executor = executor;
    this.queue = queue;
    this.images = images;
    this.reviewer = reviewer;
  }

  /**
   * Starts serving on {@code 127.0.0.1:port} ({@code 0}: any free port).
   *
   * @throws IOException when the port cannot be bound
   */
  public static ReviewServer start(
      ReviewQueue queue, PageImageSource images, int port, String reviewer) throws IOException {
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(images, "images");
    if (reviewer == null || reviewer.isBlank()) {
      throw new IllegalArgumentException("reviewer must not be blank");
    }
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    ExecutorService executor = Executors.newFixedThreadPool(4);
    ReviewServer s = new ReviewServer(http, executor, queue, images, reviewer);
    http.createContext("/", s::handle);
    http.setExecutor(executor);
    http.start();
    return s;
  }

  /** Where the page is, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      try {
        route(ex);
      } catch (ReviewException e) {
        int status =
            switch (e.kind()) {
              case NOT_FOUND -> 404;
              case CONFLICT -> 409;
              case DATABASE -> 500;
            };
        if (status == 500) {
          LOG.warn("review request {} failed", ex.getRequestURI(), e);
        }
        error(ex, status, e.getMessage());
      } catch (IllegalArgumentException e) {
        error(ex, 400, e.getMessage());
      } catch (IOException | RuntimeException e) {
        LOG.warn("review request {} failed", ex.getRequestURI(), e);
        error(ex, 500, e.toString());
      }
    }
  }

  private void route(HttpExchange ex) throws IOException {
    String method = ex.getRequestMethod();
    String path = ex.getRequestURI().getPath();
    if (method.equals("GET")) {
      if (path.equals("/") || path.equals("/index.html")) {
        resource(ex, "index.html", "text/html; charset=utf-8");
        return;
      }
      if (TASK_PAGE.matcher(path).matches()) {
        resource(ex, "task.html", "text/html; charset=utf-8");
        return;
      }
      if (path.startsWith("/static/") && STATIC.containsKey(path.substring(8))) {
        resource(ex, path.substring(8), STATIC.get(path.substring(8)));
        return;
      }
      if (path.equals("/api/tasks")) {
        listTasks(ex);
        return;
      }
      Matcher m = TASK_API.matcher(path);
      if (m.matches() && m.group(2) == null) {
        json(ex, 200, task(get(Long.parseLong(m.group(1)))));
        return;
      }
      if (m.matches() && m.group(2).equals("image")) {
        ReviewTask t = get(Long.parseLong(m.group(1)));
        byte[] png = images.png(t.task().pageImage(), t.task().pageIndex());
        ex.getResponseHeaders().set("Content-Type", "image/png");
        ex.getResponseHeaders().set("Cache-Control", "private, max-age=600");
        send(ex, 200, png);
        return;
      }
    } else if (method.equals("POST")) {
      checkPost(ex);
      if (path.equals("/api/next")) {
        ObjectNode out = JSON.createObjectNode();
        out.set("task", queue.claimNext(reviewer, LEASE).map(this::task).orElse(null));
        json(ex, 200, out);
        return;
      }
      Matcher m = TASK_API.matcher(path);
      if (m.matches() && m.group(2) != null) {
        long id = Long.parseLong(m.group(1));
        ReviewTask t =
            switch (m.group(2)) {
              case "claim" -> queue.claim(id, reviewer, LEASE);
              case "accept" -> queue.accept(id, reviewer);
              case "correct" -> queue.correct(id, reviewer, value(ex));
              case "skip" -> queue.skip(id, reviewer);
              default -> null;
            };
        if (t != null) {
          json(ex, 200, task(t));
          return;
        }
      }
    } else {
      error(ex, 405, "method not allowed: " + method);
      return;
    }
    error(ex, 404, "not found: " + path);
  }

  private void checkPost(HttpExchange ex) {
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new IllegalArgumentException("POST needs Content-Type: application/json");
    }
    String origin = ex.getRequestHeaders().getFirst("Origin");
    String own = uri().toString().replaceAll("/$", "");
    String ownLocalhost = own.replace("127.0.0.1", "localhost");
    if (origin != null && !origin.equals(own) && !origin.equals(ownLocalhost)) {
      throw new IllegalArgumentException("cross-origin POST refused from " + origin);
    }
  }

  private static String value(HttpExchange ex) throws IOException {
    JsonNode body;
    try (InputStream in = ex.getRequestBody()) {
      body = JSON.readTree(in.readNBytes(1 << 20));
    }
    JsonNode v = body == null ? null : body.get("value");
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("body must be {\"value\": \"...\"}");
    }
    return v.asText();
  }

  private ReviewTask get(long id) {
    return queue
        .get(id)
        .orElseThrow(
            () -> new ReviewException(ReviewException.Kind.NOT_FOUND, "no review task " + id));
  }

  private void listTasks(HttpExchange ex) throws IOException {
    Map<String, String> q = query(ex.getRequestURI().getRawQuery());
    TaskFilter filter = TaskFilter.all();
    if (!q.getOrDefault("state", "").isEmpty()) {
      filter = filter.withState(ReviewTask.State.valueOf(q.get("state").toUpperCase(Locale.ROOT)));
    }
    if (!q.getOrDefault("field", "").isEmpty()) {
      String name = q.get("field");
      filter =
          filter.withField(
              FieldKey.fromJsonName(name)
                  .orElseThrow(() -> new IllegalArgumentException("unknown field " + name)));
    }
    if (!q.getOrDefault("document", "").isEmpty()) {
      filter = filter.withDocument(q.get("document"));
    }
    int limit = Integer.parseInt(q.getOrDefault("limit", "200"));
    int offset = Integer.parseInt(q.getOrDefault("offset", "0"));
    filter = filter.withPage(limit, offset);
    ObjectNode out = JSON.createObjectNode();
    ObjectNode counts = out.putObject("counts");
    queue.counts().forEach((state, n) -> counts.put(state.name(), n));
    out.put("reviewer", reviewer);
    ArrayNode fields = out.putArray("fields");
    for (FieldKey k : FieldKey.values()) {
      fields.add(k.jsonName());
    }
    ArrayNode tasks = out.putArray("tasks");
    for (ReviewTask t : queue.list(filter)) {
      tasks.add(task(t));
    }
    json(ex, 200, out);
  }

  private ObjectNode task(ReviewTask t) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", t.id());
    n.put("documentId", t.documentId());
    n.put("field", t.field().jsonName());
    n.put("fieldType", t.field().type().name());
    n.put("proposedValue", t.task().proposedValue());
    n.put("confidence", t.task().confidence());
    n.put("page", t.task().pageIndex());
    t.box()
        .ifPresentOrElse(
            b -> {
              ObjectNode box = n.putObject("box");
              box.put("left", b.left());
              box.put("top", b.top());
              box.put("right", b.right());
              box.put("bottom", b.bottom());
            },
            () -> n.putNull("box"));
    n.put("state", t.state().name());
    n.put("claimedBy", t.claimedBy());
    n.put("leaseUntil", t.leaseUntil() == null ? null : t.leaseUntil().toString());
    n.put("skips", t.skips());
    n.put("resolution", t.resolution() == null ? null : t.resolution().name());
    n.put("finalValue", t.finalValue());
    n.put("resolvedBy", t.resolvedBy());
    n.put("resolvedAt", t.resolvedAt() == null ? null : t.resolvedAt().toString());
    return n;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(
          URLDecoder.decode(k, StandardCharsets.UTF_8),
          URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }

  private static void resource(HttpExchange ex, String name, String type) throws IOException {
    byte[] body;
    try (InputStream in = ReviewServer.class.getResourceAsStream("/dev/recto/review/web/" + name)) {
      if (in == null) {
        error(ex, 404, "missing resource " + name);
        return;
      }
      body = in.readAllBytes();
    }
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-cache");
    send(ex, 200, body);
  }

  private static void json(HttpExchange ex, int status, JsonNode body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    send(ex, status, JSON.writeValueAsBytes(body));
  }

  private static void error(HttpExchange ex, int status, String message) throws IOException {
    ObjectNode n = JSON.createObjectNode();
    n.put("error", message);
    json(ex, status, n);
  }

  private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }
}
