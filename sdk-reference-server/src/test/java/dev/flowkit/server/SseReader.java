package dev.flowkit.server;

import dev.flowkit.server.internal.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Response;
import okio.BufferedSource;

/** Reads raw SSE frames with arrival timestamps (no SSE library, to judge the wire format). */
final class SseReader {
  /** One received event. */
  static final class Ev {
    final long id;
    final String event;
    final String data;
    final long receivedNanos;

    Ev(long id, String event, String data, long receivedNanos) {
      this.id = id;
      this.event = event;
      this.data = data;
      this.receivedNanos = receivedNanos;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
      return (Map<String, Object>) Json.parse(data);
    }

    @Override public String toString() {
      return id + ":" + event;
    }
  }

  final List<Ev> events = new ArrayList<>();
  final List<String> comments = new ArrayList<>();
  final List<String> retries = new ArrayList<>();
  IOException failure;
  long firstByteNanos;

  /** Reads until the stream ends or fails. */
  static SseReader read(Response response) {
    SseReader r = new SseReader();
    BufferedSource source = response.body().source();
    long id = -1;
    String event = null;
    String data = null;
    try {
      String line;
      while ((line = source.readUtf8Line()) != null) {
        if (r.firstByteNanos == 0) r.firstByteNanos = System.nanoTime();
        if (line.isEmpty()) {
          if (event != null) r.events.add(new Ev(id, event, data, System.nanoTime()));
          event = null;
          data = null;
        } else if (line.startsWith(":")) {
          r.comments.add(line);
        } else if (line.startsWith("id: ")) {
          id = Long.parseLong(line.substring(4));
        } else if (line.startsWith("event: ")) {
          event = line.substring(7);
        } else if (line.startsWith("data: ")) {
          data = line.substring(6);
        } else if (line.startsWith("retry: ")) {
          r.retries.add(line);
        }
      }
    } catch (IOException e) {
      r.failure = e;
    }
    return r;
  }

  List<String> types() {
    List<String> out = new ArrayList<>();
    for (Ev e : events) out.add(e.event);
    return out;
  }
}
