/** Implementation details of the reference server; not a public API. */
@NullMarked
package dev.flowkit.server.internal;

import org.jspecify.annotations.NullMarked;
