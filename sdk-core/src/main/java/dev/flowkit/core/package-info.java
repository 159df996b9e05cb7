/** Transport, auth, cookie session, JSON, errors, paging and SSE shared by every Flowkit service. */
@NullMarked
package dev.flowkit.core;

import org.jspecify.annotations.NullMarked;
