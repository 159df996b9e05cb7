package dev.flowkit.workflows.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads a client owns besides OkHttp's: one per open event stream, and one timer for
 * the asynchronous {@code waitForRun} polls. Daemon threads, so they never keep a JVM alive;
 * idle ones end after a minute. Shared by the clients derived with {@code withOptions}.
 */
public final class Resources {
  private final ExecutorService streamThreads = Executors.newCachedThreadPool(new Named("flowkit-stream-"));
  private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, new Named("flowkit-timer-"));

  public Resources() {
    scheduler.setKeepAliveTime(60, TimeUnit.SECONDS);
    scheduler.allowCoreThreadTimeOut(true);
    scheduler.setRemoveOnCancelPolicy(true);
  }

  public ExecutorService streamThreads() {
    return streamThreads;
  }

  public ScheduledExecutorService scheduler() {
    return scheduler;
  }

  public void shutdown() {
    streamThreads.shutdown();
    scheduler.shutdownNow();
  }

  private static final class Named implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    Named(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable runnable) {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
