package dev.flowkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonDataException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-read common shape agrees with {@code java.time} on every input it accepts. */
class InstantAdapterTest {
  private final InstantAdapter adapter = new InstantAdapter();

  private static Instant slow(String text) {
    return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
  }

  private Instant decode(String text) throws Exception {
    return adapter.fromJson("\"" + text + "\"");
  }

  @Test
  void commonShapesAreReadByHandAndMatchJavaTime() throws Exception {
    String[] texts = {
      "2026-01-01T00:00:00Z", "2026-11-30T23:59:59.999999999Z", "1970-01-01T00:00:00Z",
      "1969-12-31T23:59:59.5Z", "2000-02-29T12:00:00+07:00", "2024-03-10T02:30:00.123-05:30",
      "0000-01-01T00:00:00Z", "0000-03-01T00:00:00Z", "9999-12-31T23:59:59.1+17:59", "2026-06-15T08:09:10.12345Z",
      "2100-02-28T00:00:00-00:00", "1600-02-29T00:00:00Z"
    };
    for (String text : texts) {
      assertNotNull(InstantAdapter.parseCommon(text), text);
      assertEquals(slow(text), InstantAdapter.parseCommon(text), text);
      assertEquals(slow(text), decode(text), text);
    }
  }

  @Test
  void otherValidShapesFallBackToJavaTime() throws Exception {
    String[] texts = {
      "2026-01-01t00:00:00z", "2026-01-01T00:00Z", "2026-01-01T00:00:00+18:00", "2026-01-01T00:00:00+05:30:15",
      "+12026-01-01T00:00:00Z", "2026-01-01T00:00:00.Z"
    };
    for (String text : texts) {
      assertNull(InstantAdapter.parseCommon(text), text);
      assertEquals(slow(text), decode(text), text);
    }
  }

  @Test
  void invalidValuesAreLeftToJavaTimeWhichRejectsThem() {
    String[] texts = {
      "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z", "2026-04-31T00:00:00Z",
      "2026-01-01T24:00:00Z", "2026-01-01T00:60:00Z", "2026-01-01T00:00:60Z", "2026-01-01T00:00:00",
      "2026-01-01T00:00:00.1234567890Z", "2026-01-01T00:00:00+19:00", "2026-01-01T00:00:00+05:60",
      "2026-01-01 00:00:00Z", "2026-1-01T00:00:00Z", "２０２６-01-01T00:00:00Z",
      "2026-01-01T00:00:00ZZ", "2026-01-01T00:00:00+0530", "yesterday", ""
    };
    for (String text : texts) {
      assertNull(InstantAdapter.parseCommon(text), text);
      JsonDataException e = assertThrows(JsonDataException.class, () -> decode(text), text);
      assertTrue(e.getMessage().contains("Expected an ISO-8601 timestamp"), e.getMessage());
    }
  }

  @Test
  void randomTimestampsAgreeWithJavaTime() {
    Random random = new Random(20261130);
    for (int i = 0; i < 20_000; i++) {
      String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s",
          random.nextInt(10_000), random.nextInt(14), random.nextInt(33), random.nextInt(26), random.nextInt(62),
          random.nextInt(62), fraction(random), offset(random));
      Instant expected;
      try {
        expected = slow(text);
      } catch (DateTimeParseException e) {
        expected = null;
      }
      Instant fast = InstantAdapter.parseCommon(text);
      if (fast != null) assertEquals(expected, fast, text);
      if (expected == null) assertNull(fast, text);
    }
  }

  private static String fraction(Random random) {
    int digits = random.nextInt(12) - 1;
    if (digits < 0) return "";
    StringBuilder text = new StringBuilder(".");
    for (int i = 0; i < digits; i++) text.append(random.nextInt(10));
    return text.toString();
  }

  private static String offset(Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return "Z";
      case 1:
        return "";
      default:
        return String.format("%s%02d:%02d", random.nextBoolean() ? "+" : "-", random.nextInt(20), random.nextInt(62));
    }
  }
}
