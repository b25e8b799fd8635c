package dev.recto.reliability.battery;

import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.Limits;
import dev.recto.core.process.OcrMode;
import dev.recto.core.source.DocumentSource;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The worker JVM of a battery: {@code BatteryWorker PENDING_FILE OPTIONS...}. Builds one {@link
 * DocumentProcessor}, runs the task ids listed in {@code PENDING_FILE} on {@code threads} threads
 * and writes to stdout, for each task, {@code @@S<tab>id} when it starts and
 * {@code @@R<tab>outcome} when it ends. Everything else the libraries print goes to stderr. The
 * parent ({@link BatterySupervisor}) learns from these lines which documents were in flight if this
 * JVM dies.
 */
public final class BatteryWorker {
  static final String STARTED = "@@S\t";
  static final String RESULT = "@@R\t";

  private BatteryWorker() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    PrintStream protocol =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    BatteryOptions options = BatteryOptions.parse(Arrays.asList(args).subList(1, args.length));
    Queue<Integer> pending = new ConcurrentLinkedQueue<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (!line.isBlank()) {
        pending.add(Integer.parseInt(line.trim()));
      }
    }
    BatteryPlan plan =
        BatteryPlan.of(
            options.corpus(),
            options.sample(),
            options.offset(),
            options.mutations(),
            options.seed());
    try (DocumentProcessor processor =
        DocumentProcessor.builder()
            .ocrMode(options.ocr() ? OcrMode.AUTO : OcrMode.OFF)
            .limits(Limits.defaults().withDeadline(options.deadline()))
            .build()) {
      processor.process(DocumentSource.of(WarmUp.pdf(), "warm-up"));
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < options.threads(); t++) {
        Thread thread =
            new Thread(() -> drain(pending, plan, processor, options, protocol), "battery-" + t);
        thread.start();
        threads.add(thread);
      }
      for (Thread thread : threads) {
        thread.join();
      }
    }
    protocol.flush();
    System.exit(0);
  }

  private static void drain(
      Queue<Integer> pending,
      BatteryPlan plan,
      DocumentProcessor processor,
      BatteryOptions options,
      PrintStream protocol) {
    for (Integer id = pending.poll(); id != null; id = pending.poll()) {
      synchronized (protocol) {
        protocol.println(STARTED + id);
      }
      if (id == options.crashAt()) {
        Runtime.getRuntime().halt(134);
      }
      if (id == options.hangAt()) {
        sleepForever();
      }
      Outcome outcome = DocumentRun.run(processor, plan.task(id), plan.seed());
      synchronized (protocol) {
        protocol.println(RESULT + outcome.toLine());
      }
    }
  }

  private static void sleepForever() {
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        // a hung document ignores interruption, like PDFBox work can
      }
    }
  }
}
