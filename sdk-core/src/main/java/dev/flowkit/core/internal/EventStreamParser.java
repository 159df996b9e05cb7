package dev.flowkit.core.internal;

import dev.flowkit.core.StreamException;
import java.io.EOFException;
import java.io.IOException;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code text/event-stream} body as the HTML standard's "interpret an event stream"
 * steps say, fed one chunk at a time exactly as the bytes arrive.
 *
 * <ul>
 *   <li>One UTF-8 byte-order mark is skipped, and only at the very start of the stream.
 *   <li>Lines end in CRLF, LF or CR; a CR at the end of one chunk and an LF at the start of
 *       the next are one line end.
 *   <li>A blank line dispatches the event. A line starting with {@code :} is a comment. A
 *       field name runs to the first {@code :}; one space after it is removed from the value; a
 *       line without {@code :} is a field with an empty value. Unknown fields are ignored.
 *   <li>{@code data} appends the value and an LF to the data buffer; on dispatch the last LF is
 *       removed, and an empty buffer dispatches nothing. {@code event} sets the type of this
 *       event only. {@code id} sets the last event id unless the value contains NUL; the id
 *       survives dispatches, and a block with only an {@code id} still sets it. {@code retry}
 *       of ASCII digits only sets the reconnection time.
 *   <li>At the end of the stream an event without its blank line is discarded.
 * </ul>
 *
 * <p>One deliberate extension, as browsers do: the last event id buffer starts at the id the
 * previous connection ended with (given to the constructor), so that a resumed stream that
 * dispatches before sending an {@code id} does not lose the place to resume from.
 *
 * <p>A line or an event larger than {@link #MAX_EVENT_BYTES} is a {@link StreamException}: a
 * server that never ends a line must not exhaust the client's memory. Not thread-safe.
 */
public final class EventStreamParser {
  /** Receives what the stream says, in order. */
  public interface Listener {
    /**
     * An event was dispatched.
     *
     * @param lastEventId the last event id after this event's block, null if empty
     * @param idField whether this event's own block had a (valid) {@code id} field
     * @param type the {@code event} field, or null for the default type ({@code message})
     * @param data the data lines joined with LF, as UTF-8 bytes (read them with {@code readUtf8()}
     *     to decode them as the standard does); valid during this call only, so that a JSON
     *     decoder reads the bytes without a {@code String} between
     */
    void onEvent(@Nullable String lastEventId, boolean idField, @Nullable String type, Buffer data);

    /**
     * A blank line ended a block that had an {@code id} field but no data: nothing is
     * dispatched, but the stream's last event id is now {@code lastEventId}.
     */
    void onLastEventId(@Nullable String lastEventId);

    /** A {@code retry} field set the reconnection time. */
    void onRetry(long millis);
  }

  /** The largest line, or event, the parser holds before it fails the stream (16 MiB). */
  public static final long MAX_EVENT_BYTES = 16L * 1024 * 1024;

  private static final ByteString CR_OR_LF = ByteString.encodeUtf8("\r\n");
  private static final ByteString BOM = ByteString.decodeHex("efbbbf");
  private static final ByteString DATA = ByteString.encodeUtf8("data");
  private static final ByteString EVENT = ByteString.encodeUtf8("event");
  private static final ByteString ID = ByteString.encodeUtf8("id");
  private static final ByteString RETRY = ByteString.encodeUtf8("retry");

  private final Listener listener;
  private final Buffer pending = new Buffer();
  // The data buffer, as UTF-8 bytes: decoded once per event (or never: a JSON decoder reads the
  // bytes), not once per line. LF cannot be part of a multi-byte sequence, so decoding the joined
  // lines gives what decoding each would. The LF goes before each line after the first, so the
  // buffer never holds the standard's last LF, which dispatch would remove.
  private final Buffer data = new Buffer();
  private boolean hasData; // a data field was seen: the standard's buffer is not empty
  private @Nullable String eventType;
  private String lastEventIdBuffer;
  private String lastEventId; // the "last event ID string": the buffer as of the last dispatch
  private boolean idField;
  private boolean started; // the byte-order mark check is done
  private boolean afterCr; // the previous line ended in CR: an LF that follows belongs to it
  private long scanned; // how many pending bytes are known to hold no line end

  /** A parser for one connection, resuming after {@code lastEventId} (null or empty for none). */
  public EventStreamParser(@Nullable String lastEventId, Listener listener) {
    this.lastEventIdBuffer = lastEventId == null ? "" : lastEventId;
    this.lastEventId = lastEventIdBuffer;
    this.listener = listener;
  }

  /** The last event id as of the last dispatch (null if empty): where a reconnect resumes. */
  public @Nullable String lastEventId() {
    return lastEventId.isEmpty() ? null : lastEventId;
  }

  /** Parses {@code chunk} (consuming all of it), dispatching every event it completes. */
  public void feed(Buffer chunk) {
    try {
      pending.writeAll(chunk);
      parse();
    } catch (IOException impossible) {
      throw new AssertionError(impossible); // buffers in memory do not fail
    }
  }

  private void parse() throws IOException {
    if (!started && !skipByteOrderMark()) return;
    while (true) {
      if (afterCr) {
        if (pending.size() == 0) return;
        if (pending.getByte(0) == '\n') pending.skip(1);
        afterCr = false;
      }
      long end = pending.indexOfElement(CR_OR_LF, scanned);
      if (end == -1) {
        scanned = pending.size(); // a line trickling in is scanned once, not once per chunk
        if (scanned > MAX_EVENT_BYTES) throw tooLarge("line");
        return;
      }
      scanned = 0;
      line(end); // consumes the line's bytes, not its end
      afterCr = pending.readByte() == '\r';
    }
  }

  /** Parses {@code bytes}; a convenience for tests and fuzzing. */
  public void feed(byte[] bytes) {
    feed(new Buffer().write(bytes));
  }

  /** The stream ended: an event without its blank line is discarded, as the standard says. */
  public void end() {
    pending.clear();
    scanned = 0;
    data.clear();
    hasData = false;
    eventType = null;
    idField = false;
  }

  /** Skips a leading byte-order mark; false while too few bytes have come to tell. */
  private boolean skipByteOrderMark() throws EOFException {
    long size = Math.min(pending.size(), BOM.size());
    if (!pending.rangeEquals(0, BOM, 0, (int) size)) {
      started = true; // not a BOM: nothing to skip
    } else if (size == BOM.size()) {
      pending.skip(BOM.size());
      started = true;
    }
    return started;
  }

  /**
   * Interprets the next {@code length} pending bytes as one line and consumes them. The field
   * name is matched on the bytes; only the values that are kept are decoded (invalid UTF-8
   * becomes U+FFFD, as the standard's decoder says).
   */
  private void line(long length) throws EOFException {
    if (length == 0) {
      dispatch();
      return;
    }
    if (pending.getByte(0) == ':') { // a comment
      pending.skip(length);
      return;
    }
    long colon = pending.indexOf((byte) ':', 0, length);
    long fieldEnd = colon < 0 ? length : colon;
    ByteString field = field(fieldEnd);
    long valueLength = 0;
    if (colon < 0) {
      pending.skip(length); // a field with an empty value
    } else {
      pending.skip(colon + 1);
      valueLength = length - colon - 1;
      if (valueLength > 0 && pending.getByte(0) == ' ') {
        pending.skip(1);
        valueLength--;
      }
    }
    if (field == null) { // unknown fields are ignored
      pending.skip(valueLength);
    } else if (field == DATA) {
      if (data.size() + valueLength + 1L > MAX_EVENT_BYTES) throw tooLarge("event");
      if (hasData) data.writeByte('\n');
      data.write(pending, valueLength);
      hasData = true;
    } else if (field == EVENT) {
      eventType = pending.readUtf8(valueLength);
    } else if (field == ID) {
      String value = pending.readUtf8(valueLength);
      if (value.indexOf('\u0000') < 0) {
        lastEventIdBuffer = value;
        idField = true;
      }
    } else {
      long millis = digits(pending.readUtf8(valueLength));
      if (millis >= 0) listener.onRetry(millis);
    }
  }

  private void dispatch() {
    lastEventId = lastEventIdBuffer;
    boolean hadId = idField;
    idField = false;
    String type = eventType == null || eventType.isEmpty() ? null : eventType;
    eventType = null;
    if (!hasData) {
      if (hadId) listener.onLastEventId(lastEventId());
      return;
    }
    hasData = false;
    try {
      listener.onEvent(lastEventId(), hadId, type, data);
    } finally {
      data.clear(); // whatever the listener left unread
    }
  }

  /** The known field the line's first {@code fieldEnd} bytes name, or null. */
  private @Nullable ByteString field(long fieldEnd) {
    if (fieldEnd == 0) return null;
    switch (pending.getByte(0)) {
      case 'd':
        return is(fieldEnd, DATA) ? DATA : null;
      case 'e':
        return is(fieldEnd, EVENT) ? EVENT : null;
      case 'i':
        return is(fieldEnd, ID) ? ID : null;
      case 'r':
        return is(fieldEnd, RETRY) ? RETRY : null;
      default:
        return null;
    }
  }

  private boolean is(long fieldEnd, ByteString field) {
    return fieldEnd == field.size() && pending.rangeEquals(0, field);
  }

  /** The value as a base-ten integer if it is ASCII digits only (capped), else -1. */
  private static long digits(String value) {
    if (value.isEmpty()) return -1;
    long result = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') return -1;
      result = result > (Long.MAX_VALUE - 9) / 10 ? Long.MAX_VALUE : result * 10 + (c - '0');
    }
    return result;
  }

  private static StreamException tooLarge(String what) {
    return new StreamException(
        "The event stream sent a " + what + " longer than " + MAX_EVENT_BYTES + " bytes; it was stopped", null);
  }
}
