package dev.flowkit.server.internal.iaiflow;

import dev.flowkit.server.internal.Json;
import dev.flowkit.server.internal.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Signed webhooks as IAI Flow sends them (its webhooks page): {@code POST} a JSON body
 * {@code {event, timestamp, workspace_id, data}} with {@code X-IAI-Event: <event>} and
 * {@code X-IAI-Signature: sha256=<hex HMAC-SHA256 of the body with the secret>}. A receiver that
 * does not answer 2xx within 10 s is tried again 30 s, 5 min and 30 min later; after the third
 * retry the delivery is marked failed. Each attempt carries the time it is sent as its
 * {@code timestamp} and is signed again, so a late retry still falls inside a receiver's
 * timestamp tolerance.
 */
public final class Webhooks {
  /** The delays before the three retries, as IAI Flow's page gives them. */
  public static final List<Duration> RETRY_DELAYS = List.of(Duration.ofSeconds(30), Duration.ofMinutes(5),
      Duration.ofMinutes(30));
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** A receiver: its URL and the secret its signatures are made with. */
  public static final class Target {
    private final String url;
    private final String secret;

    public Target(String url, String secret) {
      this.url = url;
      this.secret = secret;
    }

    public String url() {
      return url;
    }

    public String secret() {
      return secret;
    }

    @Override public String toString() {
      return "Target{" + url + "}";
    }
  }

  /** One delivery attempt, as {@code ReferenceServer.webhookDeliveries()} reports it. */
  public record Attempt(String event, String url, int attempt, int status, @Nullable String error, String outcome,
      @Nullable Duration retryAfter, String body) {}

  private final Platform platform;
  private final List<Target> targets = new ArrayList<>();
  private final List<Attempt> attempts = new ArrayList<>();
  private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "flowkit-webhooks");
    t.setDaemon(true);
    return t;
  });
  private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10))
      .followRedirects(false).build();
  private @Nullable ScheduledExecutorService timer;
  private BiConsumer<Runnable, Duration> scheduler;

  public Webhooks(Platform platform) {
    this.platform = platform;
    this.scheduler = (task, delay) -> timer().schedule(() -> {
      try {
        sender.execute(task);
      } catch (java.util.concurrent.RejectedExecutionException closing) {
        // the server is closing
      }
    }, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Adds a receiver. */
  public synchronized void addTarget(String url, String secret) {
    targets.add(new Target(url, secret));
  }

  /** Replaces how retries wait (tests compress the 30 s / 5 min / 30 min schedule with it). */
  public synchronized void scheduler(BiConsumer<Runnable, Duration> scheduler) {
    this.scheduler = scheduler;
  }

  /** Whether any receiver is set. */
  public synchronized boolean enabled() {
    return !targets.isEmpty();
  }

  /** Every attempt so far, oldest first. */
  public synchronized List<Attempt> attempts() {
    return new ArrayList<>(attempts);
  }

  /** Sends {@code event} about {@code data} to every receiver, on a background thread. */
  public void send(String event, String workspaceId, Map<String, Object> data) {
    List<Target> to;
    synchronized (this) {
      to = new ArrayList<>(targets);
    }
    Map<String, Object> copy = dev.flowkit.server.internal.FlowStore.asMap(Json.copy(data));
    for (Target t : to) {
      try {
        sender.execute(() -> attempt(t, event, workspaceId, copy, 1));
      } catch (java.util.concurrent.RejectedExecutionException closing) {
        return;
      }
    }
  }

  private void attempt(Target target, String event, String workspaceId, Map<String, Object> data, int attempt) {
    String timestamp = DateTimeFormatter.ISO_INSTANT.format(platform.now().truncatedTo(ChronoUnit.SECONDS));
    String body = Json.write(Json.obj("event", event, "timestamp", timestamp, "workspace_id", workspaceId,
        "data", data));
    int status = 0;
    String error = null;
    try (Response response = http.newCall(new Request.Builder().url(target.url())
        .header("X-IAI-Event", event)
        .header("X-IAI-Signature", signature(target.secret(), body))
        .post(RequestBody.create(body, JSON)).build()).execute()) {
      status = response.code();
    } catch (IOException | IllegalArgumentException e) {
      error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    boolean delivered = status >= 200 && status < 300;
    Duration retry = delivered || attempt > RETRY_DELAYS.size() ? null : RETRY_DELAYS.get(attempt - 1);
    BiConsumer<Runnable, Duration> later;
    synchronized (this) {
      attempts.add(new Attempt(event, target.url(), attempt, status, error,
          delivered ? "DELIVERED" : retry != null ? "RETRY_SCHEDULED" : "FAILED", retry, body));
      later = scheduler;
    }
    if (retry != null && !platform.closed()) later.accept(() -> attempt(target, event, workspaceId, data, attempt + 1), retry);
  }

  /** {@code sha256=} and the lower-case hex HMAC-SHA256 of {@code body}'s UTF-8 bytes under {@code secret}. */
  public static String signature(String secret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder("sha256=");
      for (byte b : digest) hex.append(String.format("%02x", b & 0xff));
      return hex.toString();
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
    }
  }

  private synchronized ScheduledExecutorService timer() {
    if (timer == null) {
      timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "flowkit-webhook-retries");
        t.setDaemon(true);
        return t;
      });
    }
    return timer;
  }

  /** Stops sending and retrying. */
  public synchronized void close() {
    sender.shutdownNow();
    if (timer != null) timer.shutdownNow();
    http.connectionPool().evictAll();
  }
}
