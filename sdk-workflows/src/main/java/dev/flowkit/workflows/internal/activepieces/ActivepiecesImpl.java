package dev.flowkit.workflows.internal.activepieces;

import dev.flowkit.workflows.activepieces.Activepieces;
import dev.flowkit.workflows.activepieces.AsyncActivepieces;
import dev.flowkit.workflows.internal.Rest;

/** Both facades of Activepieces' own calls: blocking, and {@link #async()}. */
public final class ActivepiecesImpl implements Activepieces {
  private final AsyncActivepieces async;

  public ActivepiecesImpl(Rest rest) {
    this.async = new Async();
  }

  public AsyncActivepieces async() {
    return async;
  }

  private final class Async implements AsyncActivepieces {}
}
