/**
 * The Flowkit reference server: an in-memory Flow platform on loopback for tests, examples and
 * demos. Start one with {@link dev.flowkit.server.ReferenceServer#builder()}, or annotate a JUnit 5
 * test with {@link dev.flowkit.server.ReferenceServerTest}.
 */
@NullMarked
package dev.flowkit.server;

import org.jspecify.annotations.NullMarked;
