package dev.flowkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowJsonTest {
  enum Color {
    RED,
    @Json(name = "light-green")
    LIGHT_GREEN,
    UNKNOWN
  }

  static final class Thing {
    final String id;
    final Instant created;
    final Color color;

    Thing(String id, Instant created, Color color) {
      this.id = id;
      this.created = created;
      this.color = color;
    }
  }

  private final JsonAdapter<Thing> things = FlowJson.moshi().adapter(Thing.class);

  @Test
  void instantsRoundTripWithAndWithoutFractionsAndOffsets() throws Exception {
    JsonAdapter<Instant> adapter = FlowJson.moshi().adapter(Instant.class);
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), adapter.fromJson("\"2026-01-01T00:00:00Z\""));
    assertEquals(Instant.parse("2026-01-01T00:00:00.123Z"), adapter.fromJson("\"2026-01-01T00:00:00.123Z\""));
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), adapter.fromJson("\"2026-01-01T07:00:00+07:00\""));
    Instant precise = Instant.parse("2026-03-04T05:06:07.123456789Z");
    assertEquals(precise, adapter.fromJson(adapter.toJson(precise)));
    assertEquals("\"2026-01-01T00:00:00.120Z\"", adapter.toJson(Instant.parse("2026-01-01T00:00:00.120Z")));
  }

  @Test
  void unknownEnumValuesDecodeToUnknown() throws Exception {
    Thing thing = things.fromJson("{\"id\":\"a\",\"created\":\"2026-01-01T00:00:00Z\",\"color\":\"ULTRAVIOLET\"}");
    assertEquals(Color.UNKNOWN, thing.color);
    assertEquals(Color.LIGHT_GREEN, things.fromJson("{\"id\":\"a\",\"created\":\"2026-01-01T00:00:00Z\",\"color\":\"light-green\"}").color);
    assertEquals("\"light-green\"", FlowJson.moshi().adapter(Color.class).toJson(Color.LIGHT_GREEN));
  }

  @Test
  void unknownIsNeverSent() {
    assertThrows(IllegalArgumentException.class, () -> FlowJson.moshi().adapter(Color.class).toJson(Color.UNKNOWN));
  }

  @Test
  void extraFieldsAreIgnored() throws Exception {
    Thing thing =
        things.fromJson(
            "{\"id\":\"a\",\"brandNew\":{\"nested\":[1,2]},\"created\":\"2026-01-01T00:00:00Z\",\"color\":\"RED\"}");
    assertEquals("a", thing.id);
    assertEquals(Color.RED, thing.color);
  }

  @Test
  void decodingErrorsNameTheJsonPath() {
    JsonAdapter<List<Thing>> list = FlowJson.moshi().adapter(Types.newParameterizedType(List.class, Thing.class));
    String json =
        "[{\"id\":\"a\",\"created\":\"2026-01-01T00:00:00Z\",\"color\":\"RED\"},"
            + "{\"id\":\"b\",\"created\":\"yesterday\",\"color\":\"RED\"}]";
    JsonDataException e = assertThrows(JsonDataException.class, () -> list.fromJson(json));
    assertTrue(e.getMessage().contains("$[1].created"), e.getMessage());
    assertTrue(e.getMessage().contains("yesterday"), e.getMessage());
  }
}
