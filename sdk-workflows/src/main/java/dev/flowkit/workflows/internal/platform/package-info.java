/**
 * Not API. Platform dialects: how each platform speaks. Every SDK call names its {@link
 * dev.flowkit.workflows.internal.platform.Operation}; a {@link
 * dev.flowkit.workflows.internal.platform.Dialect} maps it to that platform's method, path,
 * query, request body and answer, or refuses it before any request. One file per platform builds
 * its dialect: the Flowkit contract's and FlowAI's here, each other platform's in its artifact.
 */
@NullMarked
package dev.flowkit.workflows.internal.platform;

import org.jspecify.annotations.NullMarked;
