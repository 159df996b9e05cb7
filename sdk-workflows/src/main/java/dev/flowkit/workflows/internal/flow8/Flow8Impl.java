package dev.flowkit.workflows.internal.flow8;

import dev.flowkit.workflows.flow8.AsyncFlow8;
import dev.flowkit.workflows.flow8.Flow8;
import dev.flowkit.workflows.internal.Rest;

/** Both facades of flow8's own calls: blocking, and {@link #async()}. */
public final class Flow8Impl implements Flow8 {
  private final AsyncFlow8 async;

  public Flow8Impl(Rest rest) {
    this.async = new Async();
  }

  public AsyncFlow8 async() {
    return async;
  }

  private final class Async implements AsyncFlow8 {}
}
