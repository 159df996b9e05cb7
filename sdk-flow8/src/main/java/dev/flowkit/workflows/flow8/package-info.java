/**
 * The calls only Flow8 has, reached through {@code Flow8.of(client)}: flow8's own resources (flowlets, plays and their layers, groups, the KV store, channels, schedules) in flow8's shapes.
 * Models and params of this platform live here too.
 */
@NullMarked
package dev.flowkit.workflows.flow8;

import org.jspecify.annotations.NullMarked;
