package dev.recto.core.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes tiny ONNX models byte by byte (protobuf wire format), for tests of model loading: {@code Y
 * = X + W} over one float, with the initializer {@code W} inline or pointing at external data. Also
 * a raw protobuf {@link Message} builder for crafting odd models.
 *
 * <p>Stateless; {@link Message} is not thread-safe.
 */
public final class TinyOnnx {

  private TinyOnnx() {}

  /** {@code Y = X + W}, {@code W = [w]} stored inline: a model ONNX Runtime runs (opset 13). */
  public static byte[] addModel(float w) {
    return model(graph(inlineTensor("W", w), null)).bytes();
  }

  /** The same model with {@code W}'s data in an external file ({@code data_location = 1}). */
  public static byte[] externalDataModel() {
    Message w =
        new Message()
            .varint(1, 1)
            .varint(2, 1)
            .string(8, "W")
            .message(13, new Message().string(1, "location").string(2, "weights.bin"))
            .message(13, new Message().string(1, "length").string(2, "4"))
            .varint(14, 1);
    return model(graph(w, null)).bytes();
  }

  /** A tensor {@code [value]} named {@code name} with inline raw data. */
  public static Message inlineTensor(String name, float value) {
    byte[] raw = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(value).array();
    return new Message().varint(1, 1).varint(2, 1).string(8, name).bytes(9, raw);
  }

  /**
   * The graph of {@code Y = X + W} with {@code initializer} as {@code W}, plus {@code extraNode}
   * when not null.
   */
  public static Message graph(Message initializer, Message extraNode) {
    Message add =
        new Message()
            .string(1, "X")
            .string(1, "W")
            .string(2, "Y")
            .string(3, "add")
            .string(4, "Add");
    Message g = new Message().message(1, add);
    if (extraNode != null) {
      g.message(1, extraNode);
    }
    return g.string(2, "tiny")
        .message(5, initializer)
        .message(11, floatInput("X"))
        .message(12, floatInput("Y"));
  }

  /** A {@code ModelProto} (IR version 8, default opset 13) around {@code graph}. */
  public static Message model(Message graph) {
    return new Message()
        .varint(1, 8)
        .string(2, "recto-test")
        .message(7, graph)
        .message(8, new Message().string(1, "").varint(2, 13));
  }

  private static Message floatInput(String name) {
    Message dim = new Message().varint(1, 1);
    Message shape = new Message().message(1, dim);
    Message tensorType = new Message().varint(1, 1).message(2, shape);
    return new Message().string(1, name).message(2, new Message().message(1, tensorType));
  }

  /** A protobuf message under construction. */
  public static final class Message {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public Message varint(int field, long value) {
      key(field, 0);
      writeVarint(value);
      return this;
    }

    public Message string(int field, String value) {
      return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    public Message bytes(int field, byte[] value) {
      key(field, 2);
      writeVarint(value.length);
      out.writeBytes(value);
      return this;
    }

    public Message message(int field, Message value) {
      return bytes(field, value.bytes());
    }

    public byte[] bytes() {
      return out.toByteArray();
    }

    private void key(int field, int wire) {
      writeVarint(((long) field << 3) | wire);
    }

    private void writeVarint(long v) {
      while ((v & ~0x7FL) != 0) {
        out.write((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      out.write((int) v);
    }
  }
}
