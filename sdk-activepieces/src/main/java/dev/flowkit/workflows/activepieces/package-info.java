/**
 * The calls only Activepieces has, reached through {@code Activepieces.of(client)}: Activepieces' own resources (tables, fields and records, pieces, flow-run retries, trigger runs, user invitations) in its shapes; Imbrace's workflow engine is Activepieces.
 * Models and params of this platform live here too.
 */
@NullMarked
package dev.flowkit.workflows.activepieces;

import org.jspecify.annotations.NullMarked;
