/**
 * The platforms the reference server can impersonate: one file per platform holding its routes,
 * JSON shapes, status spellings, error bodies and the curl journey its document writes. Every
 * dialect runs on the same stores and engine.
 */
@NullMarked
package dev.flowkit.server.internal.platform;

import org.jspecify.annotations.NullMarked;
