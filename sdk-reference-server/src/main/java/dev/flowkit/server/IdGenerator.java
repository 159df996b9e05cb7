package dev.flowkit.server;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes resource ids such as {@code flow_00000000000000000000000042}. Inject one with {@link
 * ReferenceServer.Builder#idGenerator} to make ids predictable in tests.
 */
@FunctionalInterface
public interface IdGenerator {
  /** Returns a new id for {@code prefix} (without the underscore, e.g. {@code "run"}). */
  String next(String prefix);

  /**
   * The default: {@code <prefix>_<26-digit zero-padded counter>}, one counter for all prefixes, so
   * ids sort by creation.
   */
  static IdGenerator sequential() {
    AtomicLong counter = new AtomicLong();
    return prefix -> prefix + "_" + String.format("%026d", counter.incrementAndGet());
  }
}
