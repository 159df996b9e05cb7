/** Implementation details of the workflows client; not a public API, may change in any release. */
@NullMarked
package dev.flowkit.workflows.internal;

import org.jspecify.annotations.NullMarked;
