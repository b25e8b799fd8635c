package dev.recto.core.models;

import dev.recto.core.error.ModelLoadException;
import java.util.Objects;

/**
 * Refuses ONNX models whose tensors keep their data outside the model bytes.
 *
 * <p>A {@code TensorProto} with {@code data_location = EXTERNAL} (field 14, value 1) or with {@code
 * external_data} entries (field 13) makes ONNX Runtime open a file named by the model, next to it
 * or anywhere a path leads: bytes that no pinned SHA-256 covers. Recto checks every tensor it can
 * reach before ONNX Runtime sees the model: the graph's initializers and sparse initializers, the
 * tensor attributes of every node (constants), the graphs nested in node attributes ({@code If},
 * {@code Loop}, {@code Scan}) and the nodes of model-local functions.
 *
 * <p>The protobuf wire format is read directly (no protobuf dependency): only the fields above are
 * decoded, everything else is skipped by its wire type. Nesting deeper than {@value #MAX_DEPTH}
 * messages, a length that runs past its message, or a group wire type is refused as malformed.
 *
 * <p>Stateless and thread-safe.
 */
public final class OnnxExternalData {

  /** Deepest message nesting followed before the model is refused. */
  static final int MAX_DEPTH = 64;

  private static final int EXTERNAL = 1;

  private enum Kind {
    MODEL,
    GRAPH,
    NODE,
    ATTRIBUTE,
    TENSOR,
    SPARSE_TENSOR,
    FUNCTION
  }

  private OnnxExternalData() {}

  /**
   * Checks {@code onnx}, the bytes of a {@code ModelProto}.
   *
   * @param name the model's name, for the message
   * @throws ModelLoadException when a tensor refers to external data, or the bytes are not a
   *     well-formed protobuf message
   */
  public static void refuse(String name, byte[] onnx) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(onnx, "onnx");
    try {
      scan(new Reader(onnx, 0, onnx.length), Kind.MODEL, 0, name);
    } catch (Malformed e) {
      throw new ModelLoadException(
          "model " + name + " is not a well-formed ONNX protobuf: " + e.getMessage(), null);
    }
  }

  private static void scan(Reader in, Kind kind, int depth, String name) {
    if (depth > MAX_DEPTH) {
      throw new Malformed("messages nested deeper than " + MAX_DEPTH);
    }
    while (in.hasMore()) {
      long key = in.varint();
      int field = (int) (key >>> 3);
      int wire = (int) (key & 7);
      if (field == 0) {
        throw new Malformed("field number 0 at byte " + in.pos);
      }
      if (kind == Kind.TENSOR && field == 14 && wire == 0) {
        if (in.varint() == EXTERNAL) {
          throw external(name);
        }
        continue;
      }
      if (kind == Kind.TENSOR && field == 13 && wire == 2) {
        throw external(name);
      }
      Kind child = wire == 2 ? child(kind, field) : null;
      if (child != null) {
        scan(in.message(), child, depth + 1, name);
      } else {
        in.skip(wire);
      }
    }
  }

  /** What a length-delimited field holds, or null when it is not followed. */
  private static Kind child(Kind parent, int field) {
    return switch (parent) {
      case MODEL -> field == 7 ? Kind.GRAPH : field == 25 ? Kind.FUNCTION : null;
      case GRAPH ->
          field == 1
              ? Kind.NODE
              : field == 5 ? Kind.TENSOR : field == 15 ? Kind.SPARSE_TENSOR : null;
      case NODE -> field == 5 ? Kind.ATTRIBUTE : null;
      case ATTRIBUTE ->
          switch (field) {
            case 5, 10 -> Kind.TENSOR;
            case 6, 11 -> Kind.GRAPH;
            case 22, 23 -> Kind.SPARSE_TENSOR;
            default -> null;
          };
      case SPARSE_TENSOR -> field == 1 || field == 2 ? Kind.TENSOR : null;
      case FUNCTION -> field == 7 ? Kind.NODE : null;
      case TENSOR -> null;
    };
  }

  private static ModelLoadException external(String name) {
    return new ModelLoadException(
        "model "
            + name
            + " keeps tensor data outside the model (ONNX external data), which no pinned SHA-256"
            + " covers; Recto refuses such models: embed the tensors in the .onnx file",
        null);
  }

  /** Bytes that are not a well-formed protobuf message. */
  private static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  /** A bounded view of protobuf bytes. */
  private static final class Reader {
    private final byte[] bytes;
    private int pos;
    private final int end;

    Reader(byte[] bytes, int from, int to) {
      this.bytes = bytes;
      this.pos = from;
      this.end = to;
    }

    boolean hasMore() {
      return pos < end;
    }

    long varint() {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= end) {
          throw new Malformed("varint runs past the end at byte " + pos);
        }
        byte b = bytes[pos++];
        value |= (long) (b & 0x7f) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new Malformed("varint longer than 10 bytes at byte " + pos);
    }

    /** The next length-delimited field as its own reader; this one moves past it. */
    Reader message() {
      long length = varint();
      if (length < 0 || length > end - pos) {
        throw new Malformed("length " + length + " runs past the end at byte " + pos);
      }
      Reader r = new Reader(bytes, pos, pos + (int) length);
      pos += (int) length;
      return r;
    }

    void skip(int wire) {
      switch (wire) {
        case 0 -> varint();
        case 1 -> advance(8);
        case 2 -> message();
        case 5 -> advance(4);
        default -> throw new Malformed("wire type " + wire + " at byte " + pos);
      }
    }

    private void advance(int n) {
      if (n > end - pos) {
        throw new Malformed("field runs past the end at byte " + pos);
      }
      pos += n;
    }
  }
}
