package io.csol.sandbox.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Serves the changes feed of one collection.
 *
 * <p>Without a token the feed first lists every current record in id order as an UPSERT
 * (skipping records changed after the feed started, which follow in the second phase), then
 * the changes in sequence order. A record changed several times since the token appears once,
 * under its latest change, with its current state; under concurrent writes it may appear
 * twice, its latest state always last.
 */
final class ChangeFeed<R> {
  private static final byte VERSION = 1;
  private static final byte KIND = 'F';
  private static final byte BASE = 'B';
  private static final byte LOG = 'L';

  private final ResourceSpec<R> spec;
  private final RecordStore<R> store;
  private final ChangeLog<R> log;
  private final Signer signer;
  private final Instant baseTime;
  private final Sort<R> idSort;
  private final byte[] resourceHash;

  ChangeFeed(ResourceSpec<R> spec, RecordStore<R> store, ChangeLog<R> log, Signer signer, Instant baseTime) {
    this.spec = spec;
    this.store = store;
    this.log = log;
    this.signer = signer;
    this.baseTime = baseTime;
    this.idSort = SortParser.parse(spec, spec.idField());
    this.resourceHash = Signer.hash("changes", spec.name());
  }

  /** Position in the feed: BASE (snapshot seq, last id or null) or LOG (last seq). */
  private static final class Position {
    byte phase;
    long seq;
    String lastId;
  }

  ChangesResult changes(String since, int limit, Predicate<R> scope) {
    Position pos = since == null || since.isEmpty() ? start() : decode(since);
    List<Map<String, Object>> out = new ArrayList<>();
    boolean hasMore = false;
    if (pos.phase == BASE) {
      Iterator<R> it = store.scan(idSort, pos.lastId == null ? null : idKey(pos.lastId));
      while (it.hasNext()) {
        R r = it.next();
        String id = spec.idOf(r);
        ChangeLog.Change<R> c = log.latest(id);
        if ((c != null && c.seq() > pos.seq) || (scope != null && !scope.test(r))) {
          pos.lastId = id; // changed later (comes in the log phase) or out of scope
          continue;
        }
        if (out.size() == limit) {
          hasMore = true;
          break;
        }
        out.add(entry(false, id, c == null ? baseTime : c.changedAt(), r));
        pos.lastId = id;
      }
      if (!hasMore) {
        pos.phase = LOG;
        pos.lastId = null;
      }
    }
    if (pos.phase == LOG) {
      Iterator<ChangeLog.Change<R>> it = log.after(pos.seq);
      while (it.hasNext()) {
        ChangeLog.Change<R> c = it.next();
        R r = c.delete() ? null : store.get(c.id()).orElse(null);
        R scoped = c.delete() ? c.before() : r;
        boolean skip = (!c.delete() && r == null) // deleted meanwhile: its DELETE follows
            || (scope != null && scoped != null && !scope.test(scoped));
        if (!skip && out.size() == limit) {
          hasMore = true;
          break;
        }
        if (!skip) {
          out.add(entry(c.delete(), c.id(), c.changedAt(), r));
        }
        pos.seq = c.seq();
      }
    }
    return new ChangesResult(out, encode(pos), hasMore);
  }

  private Position start() {
    Position p = new Position();
    p.phase = BASE;
    p.seq = log.lastSeq();
    return p;
  }

  private SortKey idKey(String id) {
    return new SortKey(new Object[] {id}, id);
  }

  private Map<String, Object> entry(boolean delete, String id, Instant at, R record) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("op", delete ? "DELETE" : "UPSERT");
    e.put("id", id);
    e.put("changedAt", at.toString());
    if (!delete) {
      e.put("record", spec.toJson(record));
    }
    return e;
  }

  private String encode(Position p) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeByte(VERSION);
      out.writeByte(KIND);
      out.write(resourceHash);
      out.writeByte(p.phase);
      out.writeLong(p.seq);
      out.writeBoolean(p.lastId != null);
      if (p.lastId != null) {
        CursorCodec.writeString(out, p.lastId);
      }
      return signer.sign(bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Position decode(String token) {
    byte[] payload = signer.verify(token, "since");
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
      byte[] hash = new byte[resourceHash.length];
      boolean ok = in.readByte() == VERSION && in.readByte() == KIND;
      in.readFully(hash);
      Position p = new Position();
      p.phase = in.readByte();
      p.seq = in.readLong();
      p.lastId = in.readBoolean() ? CursorCodec.readString(in) : null;
      if (!ok || !Arrays.equals(hash, resourceHash) || (p.phase != BASE && p.phase != LOG)
          || p.seq < 0 || p.seq > log.lastSeq() || in.available() != 0) {
        throw QueryException.cursor("since", "since is not a changes token of this collection");
      }
      return p;
    } catch (IOException e) {
      throw QueryException.cursor("since", "since is malformed");
    }
  }
}
