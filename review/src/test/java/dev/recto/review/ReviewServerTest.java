package dev.recto.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recto.core.field.FieldKey;
import dev.recto.core.model.BoundingBox;
import dev.recto.review.web.RenderedPageImages;
import dev.recto.review.web.ReviewServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review page's JSON API and static files over real HTTP, without a browser. */
class ReviewServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  ReviewQueue queue;
  ReviewServer server;
  HttpClient http = HttpClient.newHttpClient();
  long taskId;

  @BeforeEach
  void start() throws Exception {
    queue = ReviewQueue.open(ReviewDatabase.h2(dir.resolve("queue")));
    taskId =
        queue
            .enqueue(
                new NewTask(
                    "sample-invoice",
                    FieldKey.INVOICE_TOTAL,
                    "4.10",
                    0.6,
                    0,
                    new BoundingBox(0.5, 0.5, 0.6, 0.52),
                    SampleInvoice.PDF.toAbsolutePath().toString()))
            .id();
    server = ReviewServer.start(queue, new RenderedPageImages(72), 0, "ana");
  }

  @AfterEach
  void stop() {
    server.close();
    queue.close();
  }

  HttpResponse<byte[]> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(server.uri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(server.uri().resolve(path))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesPagesListsTasksAndRendersThePage() throws Exception {
    assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
    assertThat(new String(get("/").body())).contains("Recto review queue");
    assertThat(new String(get("/task/" + taskId).body())).contains("task.js");
    assertThat(get("/static/task.js").statusCode()).isEqualTo(200);
    assertThat(get("/static/../pom.xml").statusCode()).isEqualTo(404);

    JsonNode list = JSON.readTree(get("/api/tasks?state=OPEN").body());
    assertThat(list.get("counts").get("OPEN").asInt()).isEqualTo(1);
    assertThat(list.get("tasks").get(0).get("field").asText()).isEqualTo("InvoiceTotal");
    assertThat(list.get("tasks").get(0).get("box").get("left").asDouble()).isEqualTo(0.5);

    HttpResponse<byte[]> image = get("/api/tasks/" + taskId + "/image");
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(ImageIO.read(new java.io.ByteArrayInputStream(image.body())).getWidth())
        .isBetween(590, 615);
    assertThat(get("/api/tasks/999").statusCode()).isEqualTo(404);
  }

  @Test
  void correctsThroughTheApiAndRefusesCrossSitePosts() throws Exception {
    assertThat(
            post("/api/tasks/" + taskId + "/correct", "text/plain", "{\"value\":\"1\"}")
                .statusCode())
        .isEqualTo(400);
    HttpResponse<String> foreign =
        http.send(
            HttpRequest.newBuilder(server.uri().resolve("/api/tasks/" + taskId + "/accept"))
                .header("Content-Type", "application/json")
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(foreign.statusCode()).isEqualTo(400);
    assertThat(queue.get(taskId).orElseThrow().state()).isEqualTo(ReviewTask.State.OPEN);

    JsonNode next = JSON.readTree(post("/api/next", "application/json", "{}").body());
    assertThat(next.get("task").get("claimedBy").asText()).isEqualTo("ana");
    HttpResponse<String> ok =
        post("/api/tasks/" + taskId + "/correct", "application/json", "{\"value\":\"4.11\"}");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(queue.get(taskId).orElseThrow().finalValue()).isEqualTo("4.11");
    assertThat(post("/api/tasks/" + taskId + "/accept", "application/json", "{}").statusCode())
        .isEqualTo(409);
    assertThat(
            JSON.readTree(post("/api/next", "application/json", "{}").body()).get("task").isNull())
        .isTrue();
  }

  @Test
  void uriIsLoopback() {
    assertThat(URI.create(server.uri().toString()).getPort()).isPositive();
  }
}
