/**
 * The Flow API's resources ({@code Flow}, {@code FlowRun}, …), their enums, the events of a run's
 * stream, and the parameters of the calls ({@code *Params}, {@code TriggerFlowParams}). Resources
 * are immutable; parameters are built with {@code builder()}.
 */
@NullMarked
package dev.flowkit.workflows.models;

import org.jspecify.annotations.NullMarked;
