/** Implementation details of Flowkit; not a public API, may change in any release. */
@NullMarked
package dev.flowkit.core.internal;

import org.jspecify.annotations.NullMarked;
