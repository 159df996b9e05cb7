/**
 * What a user calls: {@link dev.flowkit.workflows.FlowClient}, the blocking {@link
 * dev.flowkit.workflows.Workflows} and asynchronous {@link dev.flowkit.workflows.AsyncWorkflows}
 * facades, their services, and the streaming types. The resources and parameters are in
 * {@link dev.flowkit.workflows.models}; {@code dev.flowkit.workflows.internal} is not API.
 */
@NullMarked
package dev.flowkit.workflows;

import org.jspecify.annotations.NullMarked;
