/** Not API. IAI Flow's own calls and their facades. */
@NullMarked
package dev.flowkit.workflows.internal.iaiflow;

import org.jspecify.annotations.NullMarked;
