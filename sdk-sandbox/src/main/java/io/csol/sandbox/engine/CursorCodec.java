package io.csol.sandbox.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Encodes keyset cursors: version, query hash, the last record's sort values and id, signed.
 */
final class CursorCodec {
  private static final byte VERSION = 1;
  private static final byte KIND = 'C';
  private static final int MAX_STRING_BYTES = 12_000;

  private final Signer signer;

  CursorCodec(Signer signer) {
    this.signer = signer;
  }

  <R> String encode(byte[] queryHash, Sort<R> sort, SortKey key) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeByte(VERSION);
      out.writeByte(KIND);
      out.write(queryHash);
      out.writeByte(key.size());
      for (int i = 0; i < key.size(); i++) {
        writeValue(out, key.value(i));
      }
      writeString(out, key.id());
      return signer.sign(bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  <R> SortKey decode(String cursor, byte[] queryHash, Sort<R> sort) {
    byte[] payload = signer.verify(cursor, "cursor");
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
      byte[] hash = new byte[queryHash.length];
      if (in.readByte() != VERSION || in.readByte() != KIND) {
        throw bad("cursor is not a page cursor");
      }
      in.readFully(hash);
      if (!Arrays.equals(hash, queryHash)) {
        throw bad("cursor belongs to another filter, sort or fields; keep them unchanged while paging");
      }
      int n = in.readUnsignedByte();
      if (n != sort.keys().size()) {
        throw bad("cursor does not fit the sort");
      }
      Object[] values = new Object[n];
      for (int i = 0; i < n; i++) {
        values[i] = readValue(in, sort.keys().get(i).field().type());
      }
      String id = readString(in);
      if (in.available() != 0) {
        throw bad("cursor has trailing data");
      }
      return new SortKey(values, id);
    } catch (IOException | RuntimeException e) {
      if (e instanceof QueryException q) {
        throw q;
      }
      throw bad("cursor is malformed");
    }
  }

  private static QueryException bad(String message) {
    return QueryException.cursor("cursor", message);
  }

  private static void writeValue(DataOutputStream out, Object v) throws IOException {
    if (v == null) {
      out.writeByte(0);
    } else if (v instanceof String s) {
      out.writeByte(1);
      writeString(out, s);
    } else if (v instanceof BigDecimal d) {
      out.writeByte(2);
      writeString(out, d.toString());
    } else if (v instanceof LocalDate d) {
      out.writeByte(3);
      out.writeLong(d.toEpochDay());
    } else if (v instanceof Instant t) {
      out.writeByte(4);
      out.writeLong(t.getEpochSecond());
      out.writeInt(t.getNano());
    } else {
      out.writeByte(5);
      out.writeBoolean((Boolean) v);
    }
  }

  private static Object readValue(DataInputStream in, FieldType type) throws IOException {
    int tag = in.readUnsignedByte();
    int expected = switch (type) {
      case TEXT, ENUM -> 1;
      case NUMBER -> 2;
      case DATE -> 3;
      case DATE_TIME -> 4;
      case BOOLEAN -> 5;
    };
    if (tag == 0) {
      return null;
    }
    if (tag != expected) {
      throw bad("cursor does not fit the sort");
    }
    return switch (tag) {
      case 1 -> readString(in);
      case 2 -> new BigDecimal(readString(in));
      case 3 -> LocalDate.ofEpochDay(in.readLong());
      case 4 -> Instant.ofEpochSecond(in.readLong(), in.readInt());
      default -> in.readBoolean();
    };
  }

  static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  static String readString(DataInputStream in) throws IOException {
    int len = in.readInt();
    if (len < 0 || len > MAX_STRING_BYTES || len > in.available()) {
      throw new IOException("bad string length");
    }
    byte[] b = new byte[len];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
