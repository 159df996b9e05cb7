package dev.flowkit.core.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;

/**
 * Cancels a blocking call whose thread is interrupted. OkHttp reads from plain sockets, which do
 * not notice an interrupt, so without this a call interrupted while it waits for its answer
 * would run on until the server answered (or a timeout passed), and then fail or not depending
 * on when the interrupt was next looked at. One daemon thread, started on first use, looks at
 * the watched threads every {@link #POLL_MILLIS} ms while there are any, and sleeps otherwise.
 */
final class InterruptWatch {
  static final long POLL_MILLIS = 50;

  /** One blocking call and the thread that waits for it. */
  static final class Entry {
    final Thread thread;
    final Call call;

    Entry(Thread thread, Call call) {
      this.thread = thread;
      this.call = call;
    }
  }

  private static final Set<Entry> WATCHED = ConcurrentHashMap.newKeySet();
  private static final Object LOCK = new Object();
  private static boolean started; // guarded by LOCK

  private InterruptWatch() {}

  /** Watches {@code call}, made by the current thread, until {@link #unwatch}. */
  static Entry watch(Call call) {
    Entry entry = new Entry(Thread.currentThread(), call);
    WATCHED.add(entry);
    synchronized (LOCK) {
      if (!started) {
        Thread watchdog = new Thread(InterruptWatch::watchForever, "Flowkit interrupt watch");
        watchdog.setDaemon(true);
        watchdog.start();
        started = true;
      }
      LOCK.notify();
    }
    return entry;
  }

  static void unwatch(Entry entry) {
    WATCHED.remove(entry);
  }

  private static void watchForever() {
    while (true) {
      try {
        synchronized (LOCK) {
          while (WATCHED.isEmpty()) LOCK.wait();
        }
        for (Entry entry : WATCHED) {
          if (entry.thread.isInterrupted()) entry.call.cancel();
        }
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException ignored) {
        // Nobody interrupts this thread on purpose; it keeps watching.
      }
    }
  }
}
