package dev.flowkit.bench;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Samples, every few milliseconds, how many threads the client side runs: OkHttp's dispatcher
 * and task threads and Flowkit's stream threads, not the local server's.
 */
final class SdkThreads implements AutoCloseable {
  private final AtomicInteger peak = new AtomicInteger();
  private final Thread sampler;
  private volatile boolean stopped;

  SdkThreads() {
    sampler =
        new Thread(
            () -> {
              while (!stopped) {
                peak.accumulateAndGet(count(), Math::max);
                try {
                  Thread.sleep(2);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "sdk-thread-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Client threads alive now. */
  static int count() {
    int count = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      String name = thread.getName();
      if (name.startsWith("OkHttp") || name.startsWith("flowkit")) count++;
    }
    return count;
  }

  /** The most client threads seen at once since this sampler started. */
  int peak() {
    return peak.get();
  }

  @Override
  public void close() throws InterruptedException {
    stopped = true;
    sampler.join();
  }
}
