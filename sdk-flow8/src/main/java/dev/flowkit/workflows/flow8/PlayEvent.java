package dev.flowkit.workflows.flow8;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One live event of flow8's WebSocket: {@code {type, playId, flowId, layerId, ref, state, out,
 * timestamp}}; types {@code play:started}, {@code play:layer:started}, {@code
 * play:layer:completed}, {@code play:layer:failed}, {@code play:completed}, {@code play:failed},
 * {@code play:waiting}.
 */
public final class PlayEvent extends Flow8Json {
  /** Wraps flow8's JSON. */
  public PlayEvent(Map<String, ?> json) {
    super(json);
  }

  /** The event's type, e.g. {@code play:layer:completed}. */
  public @Nullable String type() {
    return string("type");
  }

  /** The play. */
  public @Nullable String playId() {
    return string("playId");
  }

  /** The play's flow. */
  public @Nullable String flowId() {
    return string("flowId");
  }

  /** The layer of a layer event (and of {@code play:waiting}), else null. */
  public @Nullable String layerId() {
    return string("layerId");
  }

  /** The layer's flowlet ref, or null. */
  public @Nullable String ref() {
    return string("ref");
  }

  /** The layer's (or the play's) state. */
  public @Nullable PlayState state() {
    return PlayState.of(string("state"));
  }

  /** A completed layer's output, or null. */
  public @Nullable Object out() {
    return json().get("out");
  }

  /** When it happened, or null. */
  public @Nullable Instant timestamp() {
    return instant("timestamp");
  }

  /** Whether it ends its play ({@code play:completed} or {@code play:failed}). */
  public boolean endsPlay() {
    return "play:completed".equals(type()) || "play:failed".equals(type());
  }
}
