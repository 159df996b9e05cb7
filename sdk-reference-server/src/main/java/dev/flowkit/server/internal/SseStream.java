package dev.flowkit.server.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/**
 * A run's event stream written as it happens, framed as HTTP/1.1 chunks (MockWebServer writes the
 * body bytes verbatim). Heartbeats ({@code : ping}) fill quiet periods. A cut stream stops without
 * the final chunk; the response then closes the socket.
 */
public final class SseStream implements MockResponseBody {
  /** Stream faults consumed for this stream: cut after n events, silence for a while. */
  public static final class Plan {
    public int cutAfter = -1;
    public long silenceMillis;
    public int silenceAfterEvents;
  }

  private final EventLog log;
  private final long afterId;
  private final long heartbeatMillis;
  private final long retryMillis;
  private final Plan plan;
  private final AtomicInteger open;

  public SseStream(
      EventLog log, long afterId, long heartbeatMillis, long retryMillis, Plan plan, AtomicInteger open) {
    this.log = log;
    this.afterId = afterId;
    this.heartbeatMillis = heartbeatMillis;
    this.retryMillis = retryMillis;
    this.plan = plan;
    this.open = open;
  }

  @Override public long getContentLength() {
    return -1L;
  }

  @Override public void writeTo(BufferedSink sink) throws IOException {
    open.incrementAndGet();
    try {
      if (retryMillis > 0) chunk(sink, "retry: " + retryMillis + "\n\n");
      long last = afterId;
      int sent = 0;
      if (plan.silenceMillis > 0 && plan.silenceAfterEvents == 0) log.pause(plan.silenceMillis);
      if (plan.cutAfter == 0) return;
      while (!log.drained(last)) {
        List<EventLog.Event> batch = log.await(last, heartbeatMillis);
        if (log.isClosed()) return;
        if (batch.isEmpty()) {
          if (!log.drained(last)) chunk(sink, ": ping\n\n");
          continue;
        }
        for (EventLog.Event e : batch) {
          chunk(sink, e.frame());
          last = e.id;
          sent++;
          if (plan.cutAfter >= 0 && sent >= plan.cutAfter) {
            return; // cut: no final chunk; the socket is closed after the response
          }
          if (plan.silenceMillis > 0 && plan.silenceAfterEvents == sent) log.pause(plan.silenceMillis);
        }
      }
      sink.writeUtf8("0\r\n"); // last chunk; MockWebServer adds the (empty) trailers
      sink.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("server closing");
    } finally {
      open.decrementAndGet(); // ended, cut, or the client went away (the write failed)
    }
  }

  private static void chunk(BufferedSink sink, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    sink.writeHexadecimalUnsignedLong(bytes.length).writeUtf8("\r\n").write(bytes).writeUtf8("\r\n");
    sink.flush();
  }
}
