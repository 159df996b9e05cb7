package dev.flowkit.core.internal;

import dev.flowkit.core.FlowException;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * What OkHttp's WebSocket reader hands to the thread that drives a {@link WebSocketChannel}: the
 * current connection's open, messages, and end, in order. Message text is bounded ({@code
 * maxChars}, at least one message): a reader with a full hand-off waits for room. Each connection
 * has a generation; what an older one (or one already ended) offers is dropped, so a connection
 * that failed can never slip a message in after its failure or into its successor.
 */
final class WebSocketHandOff {
  enum Kind {
    OPENED,
    MESSAGE,
    CLOSING,
    FAILED
  }

  /** One thing that happened on a connection. */
  static final class Item {
    final Kind kind;
    private final @Nullable Response response;
    private final @Nullable String text;
    final int code;
    private final @Nullable Throwable cause;
    final @Nullable FlowException refusal;

    private Item(
        Kind kind,
        @Nullable Response response,
        @Nullable String text,
        int code,
        @Nullable Throwable cause,
        @Nullable FlowException refusal) {
      this.kind = kind;
      this.response = response;
      this.text = text;
      this.code = code;
      this.cause = cause;
      this.refusal = refusal;
    }

    static Item opened(Response response) {
      return new Item(Kind.OPENED, response, null, 0, null, null);
    }

    static Item message(String text) {
      return new Item(Kind.MESSAGE, null, text, 0, null, null);
    }

    /** The server's close frame: {@code code} and its reason (as the text). */
    static Item closing(int code, String reason) {
      return new Item(Kind.CLOSING, null, reason, code, null, null);
    }

    /** A failure; {@code refusal} is the typed error of a refused upgrade, else null. */
    static Item failed(Throwable cause, @Nullable FlowException refusal) {
      return new Item(Kind.FAILED, null, null, 0, cause, refusal);
    }

    Response response() {
      return Objects.requireNonNull(response);
    }

    String text() {
      return text == null ? "" : text;
    }

    Throwable cause() {
      return Objects.requireNonNull(cause);
    }
  }

  private final int maxChars;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<Item> items = new ArrayDeque<>();
  private long chars;
  private int generation;
  private boolean ended; // the current connection's close or failure is in
  private boolean closed; // the channel is over

  WebSocketHandOff(int maxChars) {
    this.maxChars = maxChars;
  }

  /** Starts connection {@code generation}: whatever an older one left is dropped. */
  void begin(int generation) {
    lock.lock();
    try {
      this.generation = generation;
      ended = false;
      items.clear();
      chars = 0;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Adds the open of connection {@code generation}. */
  void add(int generation, Item item) {
    lock.lock();
    try {
      if (closed || generation != this.generation || ended) return;
      items.add(item);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Adds the end of connection {@code generation} (only its first end counts); never waits. */
  void end(int generation, Item item) {
    lock.lock();
    try {
      if (closed || generation != this.generation || ended) return;
      ended = true;
      items.add(item);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Adds a message of connection {@code generation}, waiting while the hand-off is full. Returns
   * false when the message was dropped: the connection ended meanwhile (its failure is already
   * in, so the message belongs to what a resume fetches), a newer one began, or the channel is
   * over.
   */
  boolean message(int generation, String text) {
    lock.lock();
    try {
      while (!closed && generation == this.generation && !ended && chars > 0 && chars + text.length() > maxChars) {
        try {
          changed.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt(); // OkHttp's thread is being stopped: let it go
          return false;
        }
      }
      if (closed || generation != this.generation || ended) return false;
      items.add(Item.message(text));
      chars += text.length();
      changed.signalAll();
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * The next item, waiting for it; null once {@link #close()} was called.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  @Nullable Item take() throws InterruptedException {
    lock.lock();
    try {
      while (items.isEmpty() && !closed) changed.await();
      if (closed) return null;
      Item item = items.poll();
      if (item != null && item.kind == Kind.MESSAGE) chars -= item.text().length();
      changed.signalAll();
      return item;
    } finally {
      lock.unlock();
    }
  }

  /** Ends the hand-off: waiters wake, and nothing more is taken. */
  void close() {
    lock.lock();
    try {
      closed = true;
      items.clear();
      chars = 0;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  int pendingChars() {
    lock.lock();
    try {
      return (int) chars;
    } finally {
      lock.unlock();
    }
  }
}
