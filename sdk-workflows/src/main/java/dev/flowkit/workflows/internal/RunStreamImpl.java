package dev.flowkit.workflows.internal;

import dev.flowkit.core.internal.PullEvents;
import dev.flowkit.workflows.RunFailedException;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.models.RunEvent;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RunStream}: {@link PullEvents} of {@link RunEvent}s, read on the reader's own thread
 * (one reader at a time; {@link #close()} from any thread wakes it), whatever the transport.
 */
public final class RunStreamImpl implements RunStream {
  private final PullEvents<RunEvent> events = new PullEvents<>();
  private volatile Supplier<@Nullable String> runId = () -> null;

  RunStreamImpl() {}

  /** The sink the run's channel feeds. */
  PullEvents<RunEvent> events() {
    return events;
  }

  void runId(Supplier<@Nullable String> runId) {
    this.runId = runId;
  }

  @Override
  public @Nullable String runId() {
    return runId.get();
  }

  @Override
  public String collectText() {
    StringBuilder text = new StringBuilder();
    while (hasNext()) {
      RunEvent event = next();
      if (event instanceof RunEvent.Token) text.append(((RunEvent.Token) event).content());
      if (event instanceof RunEvent.Failure) throw new RunFailedException((RunEvent.Failure) event);
    }
    return text.toString();
  }

  /** Events read from the connection but not returned yet: at most one read's worth. */
  public int buffered() {
    return events.buffered();
  }

  @Override
  public void close() {
    events.close();
  }

  @Override
  public boolean hasNext() {
    return events.hasNext();
  }

  @Override
  public RunEvent next() {
    return events.next();
  }
}
