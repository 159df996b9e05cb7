package dev.flowkit.workflows.internal;

import dev.flowkit.core.FlowException;
import dev.flowkit.core.internal.ResumableEventStream;
import dev.flowkit.workflows.RunFailedException;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.models.RunEvent;
import java.util.ArrayDeque;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RunStream} read on the reader's own thread: {@link #hasNext()} pulls the connection
 * forward until the next event, so there is no second thread and no hand-off between threads.
 * What one read of the connection holds beyond that event waits in {@link #pending}; nothing more
 * is read until the reader asks, so a slow reader slows the network read instead of growing
 * memory.
 *
 * <p>{@link #close()} may come from any thread. It cancels the connection, which wakes a reader
 * blocked in a read; whichever thread holds {@link #reading} then releases the connection.
 */
public final class RunStreamImpl implements RunStream {
  private static final Object END = new Object();

  /** Events (or the stream's failure, then {@link #END}) read but not returned yet. */
  private final ArrayDeque<Object> pending = new ArrayDeque<>();
  /** Held by the one thread that drives the connection at a time. */
  private final AtomicBoolean reading = new AtomicBoolean();
  private volatile boolean closed;
  private @Nullable ResumableEventStream stream;
  private @Nullable RunEventHandler handler;
  private @Nullable Runnable onClose;
  private @Nullable RunEvent next;
  private boolean done;

  RunStreamImpl() {}

  void attach(ResumableEventStream stream, RunEventHandler handler, Runnable onClose) {
    this.stream = stream;
    this.handler = handler;
    this.onClose = onClose;
  }

  /** Sends the request and waits for the server to accept it (or for the stream to fail). */
  void connect() {
    if (!reading.compareAndSet(false, true)) return;
    try {
      if (!closed) Objects.requireNonNull(stream).connect();
    } finally {
      release();
    }
  }

  @Override
  public @Nullable String runId() {
    RunEventHandler h = handler;
    return h == null ? null : h.runId();
  }

  @Override
  public String collectText() {
    StringBuilder text = new StringBuilder();
    while (hasNext()) {
      RunEvent event = next();
      if (event instanceof RunEvent.Token) text.append(((RunEvent.Token) event).content());
      if (event instanceof RunEvent.Failure) throw new RunFailedException((RunEvent.Failure) event);
    }
    return text.toString();
  }

  /** Events read from the connection but not returned yet: at most one read's worth. */
  public int buffered() {
    return pending.size();
  }

  @Override
  public void close() {
    if (closed) return;
    closed = true;
    ResumableEventStream s = stream;
    if (s == null) return;
    s.cancel(); // wakes a reader blocked in a read
    if (reading.compareAndSet(false, true)) finish();
  }

  /** Called by the thread holding {@link #reading} when the stream was closed: releases it. */
  private void finish() {
    ResumableEventStream s = Objects.requireNonNull(stream);
    while (s.pump()) {
      // canceled: the pump closes the connection and ends at once, through end()
    }
  }

  private void release() {
    reading.set(false);
    // A close() that came while this thread read left the connection to it.
    if (closed && reading.compareAndSet(false, true)) finish();
  }

  /** Called from inside {@link ResumableEventStream#pump()}, on the reading thread. */
  void offer(Object item) {
    pending.add(item);
  }

  void end() {
    pending.add(END);
    Runnable r = onClose;
    if (r != null) r.run();
  }

  @Override
  public boolean hasNext() {
    if (next != null) return true;
    if (done) return false;
    Object item = pending.poll();
    if (item == null && !closed) {
      if (!reading.compareAndSet(false, true)) {
        if (closed) return over(); // close() from another thread holds the connection
        throw new IllegalStateException("another thread is reading this RunStream");
      }
      try {
        ResumableEventStream s = Objects.requireNonNull(stream);
        while (item == null && !closed && s.pump()) item = pending.poll();
        if (item == null) item = pending.poll(); // what the last pump read before the end
      } finally {
        release();
      }
    }
    if (item == null || item == END || closed) return over();
    if (item instanceof FlowException) {
      done = true;
      throw (FlowException) item;
    }
    next = (RunEvent) item;
    return true;
  }

  private boolean over() {
    done = true;
    return false;
  }

  @Override
  public RunEvent next() {
    if (!hasNext()) throw new NoSuchElementException();
    RunEvent event = next;
    next = null;
    return Objects.requireNonNull(event);
  }
}
