package dev.flowkit.server.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A run's recorded events, numbered 1, 2, 3…; readers block for new ones. Thread-safe. */
public final class EventLog {
  /** One Server-Sent Event. */
  public static final class Event {
    public final long id;
    public final String type;
    public final String data;
    private final Object value;

    Event(long id, String type, Map<String, Object> value) {
      this.id = id;
      this.type = type;
      this.value = Json.copy(value);
      this.data = Json.write(value);
    }

    /**
     * The payload as a JSON value (a copy), for answers that embed it. Never parsed back from
     * {@link #data}: what the server wrote may nest deeper than a request may.
     */
    public Object value() {
      return Json.copy(value);
    }

    /** The SSE frame: {@code id: n\nevent: type\ndata: json\n\n}. */
    public String frame() {
      return "id: " + id + "\nevent: " + type + "\ndata: " + data + "\n\n";
    }
  }

  private final List<Event> events = new ArrayList<>();
  private boolean finished;
  private boolean closed;

  public synchronized long append(String type, Map<String, Object> data) {
    if (finished) return events.size();
    Event e = new Event(events.size() + 1, type, data);
    events.add(e);
    notifyAll();
    return e.id;
  }

  /** Marks the log complete: readers drain what is left and stop. */
  public synchronized void finish() {
    finished = true;
    notifyAll();
  }

  /** Wakes every reader because the server is closing. */
  public synchronized void close() {
    closed = true;
    notifyAll();
  }

  public synchronized boolean finished() {
    return finished;
  }

  public synchronized long lastId() {
    return events.size();
  }

  public synchronized List<Event> snapshot() {
    return new ArrayList<>(events);
  }

  /**
   * Events after {@code afterId}, waiting up to {@code timeoutMillis} for one to appear. Returns an
   * empty list on timeout, when the log is finished and drained, or when closed.
   */
  public synchronized List<Event> await(long afterId, long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    while (events.size() <= afterId && !finished && !closed) {
      long left = (deadline - System.nanoTime()) / 1_000_000L;
      if (left <= 0) break;
      wait(left);
    }
    if (closed || events.size() <= afterId) return new ArrayList<>();
    return new ArrayList<>(events.subList((int) afterId, events.size()));
  }

  public synchronized boolean drained(long afterId) {
    return (finished || closed) && events.size() <= afterId;
  }

  public synchronized boolean isClosed() {
    return closed;
  }

  /** Sleeps up to {@code millis}, waking early only when the server closes. */
  public synchronized void pause(long millis) throws InterruptedException {
    long deadline = System.nanoTime() + millis * 1_000_000L;
    while (!closed) {
      long left = (deadline - System.nanoTime()) / 1_000_000L;
      if (left <= 0) return;
      wait(left);
    }
  }
}
