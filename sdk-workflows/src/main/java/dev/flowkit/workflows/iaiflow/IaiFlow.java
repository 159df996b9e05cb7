package dev.flowkit.workflows.iaiflow;

/**
 * The calls only IAI Flow has, in its own shapes; get it from {@code client.iaiFlow()} on a
 * client built with {@code .platform(Platform.IAI_FLOW)} (on any other platform that accessor
 * throws {@link UnsupportedOperationException} before any request). Flows and runs are in
 * {@code client.workflows()}, as on every platform. Thread-safe; every method throws a {@link
 * dev.flowkit.core.FlowException} subtype when the call fails.
 */
public interface IaiFlow {
  /** {@code GET /api/health}: whether the platform answers. Needs no sign-in. */
  Health health();
}
