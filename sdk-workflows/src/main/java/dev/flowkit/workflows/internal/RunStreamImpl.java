package dev.flowkit.workflows.internal;

import dev.flowkit.core.FlowException;
import dev.flowkit.core.internal.ResumableEventStream;
import dev.flowkit.workflows.RunFailedException;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.models.RunEvent;
import java.util.ArrayDeque;
import java.util.NoSuchElementException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RunStream} fed by the stream thread through a bounded buffer: the writer waits while
 * the buffer is full, the reader while it is empty, and {@link #close()} wakes both.
 */
public final class RunStreamImpl implements RunStream {
  /** How many events may wait for the reader before the stream stops reading. */
  public static final int BUFFER = 64;

  private static final Object END = new Object();

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notEmpty = lock.newCondition();
  private final Condition notFull = lock.newCondition();
  private final ArrayDeque<Object> queue = new ArrayDeque<>();
  private boolean closed; // guarded by lock
  private @Nullable ResumableEventStream stream;
  private @Nullable RunEventHandler handler;
  private @Nullable RunEvent next; // reader side
  private boolean done; // reader side

  RunStreamImpl() {}

  void attach(ResumableEventStream stream, RunEventHandler handler) {
    this.stream = stream;
    this.handler = handler;
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

  /** Events waiting for the reader; never more than {@link #BUFFER}. */
  public int buffered() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      queue.clear();
      notEmpty.signalAll();
      notFull.signalAll();
    } finally {
      lock.unlock();
    }
    ResumableEventStream s = stream;
    if (s != null) s.cancel();
  }

  /** Called on the stream thread; waits while the buffer is full, drops the item once closed. */
  void offer(Object item) {
    lock.lock();
    try {
      while (queue.size() >= BUFFER && !closed) notFull.await();
      if (closed) return;
      queue.addLast(item);
      notEmpty.signal();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      lock.unlock();
    }
  }

  void end() {
    offer(END);
  }

  @Override
  public boolean hasNext() {
    if (done) return false;
    if (next != null) return true;
    Object item;
    lock.lock();
    try {
      while (queue.isEmpty() && !closed) notEmpty.await();
      if (closed) {
        done = true;
        return false;
      }
      item = queue.removeFirst();
      notFull.signal();
    } catch (InterruptedException e) {
      lock.unlock();
      Thread.currentThread().interrupt();
      close();
      done = true;
      return false;
    } finally {
      if (lock.isHeldByCurrentThread()) lock.unlock();
    }
    if (item == END) {
      done = true;
      return false;
    }
    if (item instanceof FlowException) {
      done = true;
      throw (FlowException) item;
    }
    next = (RunEvent) item;
    return true;
  }

  @Override
  public RunEvent next() {
    if (!hasNext()) throw new NoSuchElementException();
    RunEvent event = next;
    next = null;
    return java.util.Objects.requireNonNull(event);
  }
}
