package dev.recto.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.FieldKey;
import dev.recto.core.process.ProcessingResult;
import dev.recto.extraction.eval.FieldTruth;
import dev.recto.extraction.eval.FieldTruthReader;
import dev.recto.review.ReviewTask.Resolution;
import dev.recto.review.ReviewTask.State;
import dev.recto.review.web.RenderedPageImages;
import dev.recto.review.web.ReviewServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in headless Chromium: Recto extracts the sample invoice, the router sends its fields
 * to the queue, a reviewer opens the page, corrects a field with the keyboard, accepts and skips
 * others, and the database holds the result; the export reads back as truth.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} (or {@code RECTO_CHROMIUM} and
 * {@code RECTO_CHROMEDRIVER}); skipped, saying so, without them. Screenshots go to {@code
 * target/screenshots/}, and into {@code docs/} when run with {@code -Drecto.docs.screenshots=true}.
 */
class ReviewPageBrowserTest {

  @TempDir static Path dir;
  static ReviewQueue queue;
  static ReviewServer server;
  static ChromeDriver browser;
  static ProcessingResult result;

  static Optional<String> missingChromium() {
    for (String[] exe :
        new String[][] {
          {"RECTO_CHROMIUM", "/usr/bin/chromium"}, {"RECTO_CHROMEDRIVER", "/usr/bin/chromedriver"}
        }) {
      if (!Files.isExecutable(Path.of(exe(exe[0], exe[1])))) {
        return Optional.of(
            exe(exe[0], exe[1])
                + " not found: install Debian's chromium and chromium-driver (.ci/run does), or set "
                + exe[0]);
      }
    }
    return Optional.empty();
  }

  static String exe(String env, String fallback) {
    String v = System.getenv(env);
    return v == null || v.isBlank() ? fallback : v;
  }

  @BeforeEach
  void chromiumPresent() {
    TestRequirements.skipOrFail("chromium", "ReviewPageBrowserTest", missingChromium());
  }

  @BeforeAll
  static void start() throws Exception {
    if (missingChromium().isPresent()) {
      return; // each test skips (or fails in CI) in chromiumPresent()
    }

    result = SampleInvoice.process();
    queue = ReviewQueue.open(ReviewDatabase.h2(dir.resolve("queue")));
    Router router =
        new Router(FieldThresholds.uniform(1.0), Set.of(FieldKey.INVOICE_TOTAL, FieldKey.DUE_DATE));
    queue.enqueueAll(
        router
            .route(
                "sample-invoice", result, SampleInvoice.PDF.toAbsolutePath().normalize().toString())
            .review());
    server = ReviewServer.start(queue, new RenderedPageImages(110), 0, "e2e-reviewer");

    ChromeOptions options = new ChromeOptions();
    options.setBinary(exe("RECTO_CHROMIUM", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1400,1000",
        "--force-device-scale-factor=1");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(exe("RECTO_CHROMEDRIVER", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1400, 1000));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (queue != null) {
      queue.close();
    }
  }

  WebDriverWait waitUpTo(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }

  @Test
  void reviewerCorrectsAcceptsAndSkipsWithTheKeyboard() throws Exception {
    List<ReviewTask> open = queue.list(TaskFilter.all().withState(State.OPEN));
    assertThat(open).hasSizeGreaterThanOrEqualTo(2);

    // The queue list.
    browser.get(server.uri().toString());
    waitUpTo(20)
        .until(d -> d.findElements(By.cssSelector("#tasks tbody tr")).size() == open.size());
    assertThat(browser.findElement(By.id("counts")).getText()).contains(open.size() + " open");
    screenshot("review-queue.png");

    // One task: the total. Its box is drawn where the router put it.
    ReviewTask total =
        open.stream().filter(t -> t.field() == FieldKey.INVOICE_TOTAL).findFirst().orElseThrow();
    browser.get(server.uri().resolve("/task/" + total.id()).toString());
    WebElement box = browser.findElement(By.id("box"));
    waitUpTo(30).until(d -> box.isDisplayed() && imageLoaded());
    assertThat(browser.findElement(By.id("field")).getText()).contains("InvoiceTotal");
    assertThat(browser.findElement(By.id("value")).getAttribute("value"))
        .isEqualTo(total.task().proposedValue());
    WebElement page = browser.findElement(By.id("page"));
    double left =
        (box.getRect().getX() - page.getRect().getX()) / (double) page.getRect().getWidth();
    assertThat(left)
        .isCloseTo(total.task().box().left(), org.assertj.core.data.Offset.offset(0.02));
    screenshot("review-task.png");

    // E focuses the value, the reviewer types the right one, Enter saves and the next task opens.
    browser.findElement(By.tagName("body")).sendKeys("e");
    WebElement value = browser.findElement(By.id("value"));
    waitUpTo(5).until(d -> value.equals(d.switchTo().activeElement()));
    value.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
    value.sendKeys("999.99\n");
    waitUpTo(20).until(d -> !d.getCurrentUrl().endsWith("/task/" + total.id()) && pageReady());

    ReviewTask corrected = queue.get(total.id()).orElseThrow();
    assertThat(corrected.state()).isEqualTo(State.RESOLVED);
    assertThat(corrected.resolution()).isEqualTo(Resolution.CORRECTED);
    assertThat(corrected.finalValue()).isEqualTo("999.99");
    assertThat(corrected.resolvedBy()).isEqualTo("e2e-reviewer");

    // The next task: A accepts it.
    long second = currentTaskId();
    assertThat(queue.get(second).orElseThrow().claimedBy()).isEqualTo("e2e-reviewer");
    browser.findElement(By.tagName("body")).sendKeys("a");
    waitUpTo(20).until(d -> !d.getCurrentUrl().endsWith("/task/" + second) && pageReady());
    assertThat(queue.get(second).orElseThrow().resolution()).isEqualTo(Resolution.ACCEPTED);

    // And S skips one, if any is left.
    if (browser.getCurrentUrl().contains("/task/")) {
      long third = currentTaskId();
      browser.findElement(By.tagName("body")).sendKeys("s");
      waitUpTo(20).until(d -> !d.getCurrentUrl().endsWith("/task/" + third));
      ReviewTask skipped = queue.get(third).orElseThrow();
      assertThat(skipped.state()).isEqualTo(State.OPEN);
      assertThat(skipped.skips()).isEqualTo(1);
    }

    // The corrections as labeled data, in the shape `recto eval fields` reads.
    List<Path> files = TruthExport.write(queue, dir.resolve("truth"));
    assertThat(files).hasSize(1);
    FieldTruth truth = FieldTruthReader.read(files.get(0));
    assertThat(truth.name()).isEqualTo("sample-invoice");
    assertThat(truth.fields()).containsEntry(FieldKey.INVOICE_TOTAL, "999.99");
  }

  long currentTaskId() {
    String url = browser.getCurrentUrl();
    return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
  }

  boolean imageLoaded() {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) browser)
            .executeScript(
                "const i = document.getElementById('pageImage');"
                    + " return i != null && i.complete && i.naturalWidth > 0;"));
  }

  boolean pageReady() {
    return "complete"
        .equals(((JavascriptExecutor) browser).executeScript("return document.readyState"));
  }

  static void screenshot(String name) throws Exception {
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Path target = Path.of("target", "screenshots");
    Files.createDirectories(target);
    Files.copy(shot, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    if (Boolean.getBoolean("recto.docs.screenshots")) {
      Files.copy(shot, Path.of("..", "docs", name), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
