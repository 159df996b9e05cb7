package dev.flowkit.workflows.flow8;

import dev.flowkit.core.Page;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Plays, flow8's executions: {@code /api/plays}. Every call throws a {@link dev.flowkit.core.FlowException} subtype when it fails. */
public interface Plays {
  /** {@code GET /api/plays}: plays, newest first; filters {@code flowId}, {@code from}, {@code to}, {@code state}. */
  Page<Play> list(Flow8Query query);

  /** The first page, unfiltered: {@code list(Flow8Query.none())}. */
  default Page<Play> list() {
    return list(Flow8Query.none());
  }

  /** {@code GET /api/plays/{id}}. */
  Play get(String playId);

  /** {@code GET /api/plays/{id}/layers}: every layer that began, read whole (flow8 answers one bare array). */
  List<PlayLayer> layers(String playId);

  /** {@code POST /api/plays/{id}/approve {layerId, decision: "approved", note}}: the waiting layer runs. */
  Play approve(String playId, String layerId, @Nullable String note);

  /** {@code POST /api/plays/{id}/approve {layerId, decision: "declined", note}}. */
  Play decline(String playId, String layerId, @Nullable String note);

  /** {@code DELETE /api/plays/{id}}: stops a play that has not ended. */
  Play cancel(String playId);
}
