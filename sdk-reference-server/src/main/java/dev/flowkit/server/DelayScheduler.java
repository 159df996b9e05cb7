package dev.flowkit.server;

import java.time.Duration;

/**
 * Runs a task after a delay: how the reference server waits before it retries a webhook delivery
 * (30 s, 5 min, 30 min). The default uses a background thread; a test passes one that runs the
 * task at once, or when the test says, and records the delays asked for.
 *
 * <pre>{@code
 * List<Duration> asked = new CopyOnWriteArrayList<>();
 * ReferenceServer.builder().webhook(url, secret)
 *     .webhookScheduler((task, delay) -> { asked.add(delay); task.run(); })
 * }</pre>
 */
@FunctionalInterface
public interface DelayScheduler {
  /** Runs {@code task} once, {@code delay} from now (or when the implementation decides). */
  void schedule(Runnable task, Duration delay);
}
