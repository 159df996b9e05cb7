/**
 * The calls only IAI Flow has, reached through {@code client.iaiFlow()}: IAI Flow's own resources (step logs, the node catalog, agents, templates, metrics, health) in its shapes.
 * Models and params of this platform live here too.
 */
@NullMarked
package dev.flowkit.workflows.iaiflow;

import org.jspecify.annotations.NullMarked;
