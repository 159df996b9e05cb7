/**
 * IAI Flow in its own shapes: the calls only it has, reached through {@code IaiFlow.of(client)}
 * (flows with their {@link dev.flowkit.workflows.iaiflow.WorkflowDefinition}, runs and step logs
 * with every field, logs, the node catalog, agents, templates, metrics, health), the definition
 * model and its builder, and {@link dev.flowkit.workflows.iaiflow.WebhookVerifier} for the signed
 * webhooks IAI Flow sends. Models and params of this platform live here too.
 */
@NullMarked
package dev.flowkit.workflows.iaiflow;

import org.jspecify.annotations.NullMarked;
