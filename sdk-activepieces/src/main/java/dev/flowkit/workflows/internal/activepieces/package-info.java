/** Not API. The platform's own calls and their facades. */
@NullMarked
package dev.flowkit.workflows.internal.activepieces;

import org.jspecify.annotations.NullMarked;
