package dev.flowkit.core.internal;

import okhttp3.Request;

/**
 * Marks a POST that is safe to send again although it carries no {@code Idempotency-Key} header:
 * its platform takes the key in the body, so a repeat is the same call.
 */
public final class Repeatable {
  private static final Repeatable INSTANCE = new Repeatable();

  private Repeatable() {}

  /** {@code request}, marked as safe to repeat. */
  public static Request mark(Request request) {
    return request.newBuilder().tag(Repeatable.class, INSTANCE).build();
  }

  /** Whether {@code request} was marked. */
  public static boolean isMarked(Request request) {
    return request.tag(Repeatable.class) != null;
  }

  @Override public String toString() {
    return "Repeatable";
  }
}
