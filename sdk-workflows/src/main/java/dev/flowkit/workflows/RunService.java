package dev.flowkit.workflows;

import dev.flowkit.core.Page;
import dev.flowkit.workflows.models.ApproveRunParams;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.ListRunsParams;
import dev.flowkit.workflows.models.StepResult;
import java.time.Duration;
import java.util.List;

/** Runs: history, details, approval, cancelling, waiting and watching. */
public interface RunService {
  /** One page of runs, newest first, filtered by flow and status. */
  Page<FlowRun> listRuns(ListRunsParams params);

  /** The first page of all runs. */
  default Page<FlowRun> listRuns() {
    return listRuns(ListRunsParams.none());
  }

  /** The run with this id, with its steps. */
  FlowRun getRun(String runId);

  /**
   * The run's steps in the order they ran, with their input, output and timings. A list, not a
   * page: a run's steps are bounded by its flow, and the server answers them all at once.
   */
  List<StepResult> listRunSteps(String runId);

  /** Resumes a PAUSED run waiting at an APPROVAL step. */
  FlowRun approveRun(String runId, ApproveRunParams params);

  /** Resumes a PAUSED run, with no payload. */
  default FlowRun approveRun(String runId) {
    return approveRun(runId, ApproveRunParams.none());
  }

  /** Stops a QUEUED, RUNNING or PAUSED run; it ends CANCELED. */
  FlowRun cancelRun(String runId);

  /**
   * The 8 newest runs of the workspace, for a dashboard. A list, not a page: the server answers
   * them all at once.
   */
  List<FlowRun> listLatestRuns();

  /**
   * Polls the run (with backoff from 100 ms up to 2 s) until it ends or {@code timeout} passes,
   * and returns it as last seen: check {@link FlowRun#isTerminal()}. An interrupt also ends the
   * wait with the run as last seen, the thread's interrupt flag kept. For live progress, prefer
   * {@link #streamRun(String, RunEventListener)}.
   */
  FlowRun waitForRun(String runId, Duration timeout);

  /**
   * Streams the run's events to {@code listener}: a finished run replays its events, a live one
   * continues until it ends. Returns at once.
   */
  RunSubscription streamRun(String runId, RunEventListener listener);

  /**
   * The run's events as a blocking, closeable {@link RunStream}, from its first; returns once the
   * server has accepted the request, and a refusal is thrown by the first {@code hasNext()}.
   */
  RunStream streamRun(String runId);
}
