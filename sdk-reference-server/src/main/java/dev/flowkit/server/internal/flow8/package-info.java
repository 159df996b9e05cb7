/** Not API. flow8's own stores, plays, schedules and WebSocket for the reference server. */
@NullMarked
package dev.flowkit.server.internal.flow8;

import org.jspecify.annotations.NullMarked;
