package dev.flowkit.core.internal;

import com.squareup.moshi.Moshi;
import java.time.Instant;

/**
 * The {@link Moshi} Flowkit reads and writes JSON with. Not public API: users decode their own
 * types through the SDK ({@code run.output(MyType.class)}), so Moshi's major version is no part
 * of Flowkit's binary API.
 *
 * <p>It reads and writes {@link Instant} as ISO-8601 text (with or without fractional seconds,
 * with {@code Z} or an offset); any JSON value ({@code Object}, maps and lists of it) with exact
 * numbers, plus {@code BigDecimal} and {@code BigInteger} ({@link ExactJson}); the response models
 * with their unknown fields ({@link ModelAdapterFactory}); and maps an enum value it does not know
 * to the enum's {@code UNKNOWN} constant ({@link UnknownEnumAdapterFactory}).
 */
public final class FlowJson {
  private static final Moshi MOSHI = builder(ModelAdapterFactory.LENIENT).build();

  private FlowJson() {}

  /** The shared instance; it checks no field at decode. */
  public static Moshi moshi() {
    return MOSHI;
  }

  /**
   * A builder holding Flowkit's adapters, reading models with {@code models}; factories added to
   * it come after them.
   */
  public static Moshi.Builder builder(ModelAdapterFactory models) {
    return new Moshi.Builder()
        .add(Instant.class, new InstantAdapter().nullSafe())
        .add(ExactJson.FACTORY)
        .add(UnknownEnumAdapterFactory.INSTANCE)
        .add(models);
  }
}
