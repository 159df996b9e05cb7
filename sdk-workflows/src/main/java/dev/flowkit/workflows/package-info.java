/** The {@code FlowClient} facade and the typed models of the Flow API. */
@NullMarked
package dev.flowkit.workflows;

import org.jspecify.annotations.NullMarked;
