/**
 * Not API. Platform profiles: how each platform's wire differs from the Flowkit contract. A
 * {@link dev.flowkit.workflows.internal.platform.Profile} maps every contract operation to that
 * platform's method, path, query, request body and answer, or leaves it out; one file per platform
 * builds its profile.
 */
@NullMarked
package dev.flowkit.workflows.internal.platform;

import org.jspecify.annotations.NullMarked;
