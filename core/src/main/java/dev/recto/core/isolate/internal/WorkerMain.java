package dev.recto.core.isolate.internal;

import dev.recto.core.error.ErrorCode;
import dev.recto.core.error.RectoException;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.ProcessingResult;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The main class of a worker JVM started by {@link WorkerProcess}: reads a {@link WorkerSpec},
 * builds the processor, then answers one {@link Frames#RESULT} per {@link Frames#DOCUMENT} until
 * its stdin closes.
 *
 * <p>Stdout carries only frames: {@code System.out} is pointed at stderr before anything else runs,
 * so a library that prints cannot corrupt the protocol. Stderr goes to the parent's log.
 *
 * <p>Exit codes: 0 after stdin closed, {@link #EXIT_BAD_START} when the processor could not be
 * built, {@link #EXIT_PROTOCOL} when the parent spoke out of turn.
 */
public final class WorkerMain {
  public static final int EXIT_BAD_START = 2;
  public static final int EXIT_PROTOCOL = 4;

  /** Largest frame the worker accepts from its parent (a document plus its name). */
  static final int MAX_REQUEST_BYTES = Integer.MAX_VALUE - 64;

  private WorkerMain() {}

  public static void main(String[] args) throws IOException {
    DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
    DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
    System.exit(serve(in, out));
  }

  /** Runs the protocol on these streams; returns the exit code. */
  static int serve(DataInputStream in, DataOutputStream out) throws IOException {
    Frames.Frame hello = Frames.read(in, MAX_REQUEST_BYTES);
    if (hello == null || hello.type() != Frames.HELLO) {
      System.err.println("recto worker: expected a hello frame");
      return EXIT_PROTOCOL;
    }
    DocumentProcessor processor;
    try {
      processor = WorkerSpec.decode(hello.payload()).build();
    } catch (RectoException e) {
      Frames.write(out, Frames.FATAL, fatal(e.code(), e.getMessage()));
      return EXIT_BAD_START;
    } catch (IOException | RuntimeException e) {
      Frames.write(out, Frames.FATAL, fatal(ErrorCode.STAGE_FAILED, e.toString()));
      return EXIT_BAD_START;
    }
    try (processor) {
      Frames.write(out, Frames.READY, new byte[0]);
      while (true) {
        Frames.Frame frame = Frames.read(in, MAX_REQUEST_BYTES);
        if (frame == null) {
          return 0;
        }
        if (frame.type() != Frames.DOCUMENT) {
          System.err.println("recto worker: unexpected frame type " + frame.type());
          return EXIT_PROTOCOL;
        }
        DocumentRequest request = DocumentRequest.decode(frame.payload());
        ProcessingResult result = processor.process(request.toSource());
        Frames.write(out, Frames.RESULT, ResultCodec.encode(result));
      }
    }
  }

  static byte[] fatal(ErrorCode code, String message) {
    WireOut w = new WireOut();
    w.writeEnum(code);
    w.writeString(message == null ? "" : message);
    return w.toByteArray();
  }

  /** The code and message of a {@link Frames#FATAL} payload. */
  public record Fatal(ErrorCode code, String message) {
    static Fatal decode(byte[] payload) throws IOException {
      WireIn in = new WireIn(payload);
      return new Fatal(in.readEnum(ErrorCode.class), in.readString());
    }
  }
}
