package dev.flowkit.core;

import com.squareup.moshi.Moshi;
import dev.flowkit.core.internal.InstantAdapter;
import dev.flowkit.core.internal.UnknownEnumAdapterFactory;
import java.time.Instant;

/**
 * The one {@link Moshi} instance every Flowkit service shares.
 *
 * <p>It reads and writes {@link Instant} as ISO-8601 text (with or without fractional seconds,
 * with {@code Z} or an offset), maps enum values it does not know to the enum's {@code UNKNOWN}
 * constant instead of failing, and ignores fields it does not know.
 */
public final class FlowJson {
  private static final Moshi MOSHI =
      new Moshi.Builder()
          .add(Instant.class, new InstantAdapter().nullSafe())
          .add(UnknownEnumAdapterFactory.INSTANCE)
          .build();

  private FlowJson() {}

  /** Returns the shared Moshi instance; add your own adapters with {@code moshi().newBuilder()}. */
  public static Moshi moshi() {
    return MOSHI;
  }
}
