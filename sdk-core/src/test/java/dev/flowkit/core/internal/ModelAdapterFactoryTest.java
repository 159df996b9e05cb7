package dev.flowkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelAdapterFactoryTest {
  /** A model as Flowkit writes them: final fields, a no-argument constructor, the marker field. */
  static final class Item {
    @Json(name = "id")
    final String id;
    @Json(name = "when")
    final Instant when;
    @Json(name = "count")
    final int count;
    @Json(name = "next")
    final Item next;
    final transient Map<String, Object> additionalProperties;

    private Item() {
      this.id = null;
      this.when = null;
      this.count = 0;
      this.next = null;
      this.additionalProperties = Collections.emptyMap();
    }
  }

  /** Declares the marker but no way to create it. */
  static final class NoConstructor {
    final transient Map<String, Object> additionalProperties;

    NoConstructor(Map<String, Object> additionalProperties) {
      this.additionalProperties = additionalProperties;
    }
  }

  /** A plain class, left to Moshi. */
  static final class Plain {
    String id;
  }

  private final Moshi lenient = FlowJson.moshi();
  private final Moshi checking =
      FlowJson.builder(ModelAdapterFactory.requiring(Collections.<Class<?>, String>singletonMap(Item.class, "id"))).build();

  @Test
  void bindsKnownFieldsAndKeepsTheRestWithExactNumbers() throws Exception {
    Item item = lenient.adapter(Item.class).fromJson(
        "{\"id\":\"a\",\"extra\":{\"n\":123456789012345678901},\"when\":\"2026-01-01T00:00:00Z\","
            + "\"count\":3,\"next\":{\"id\":\"b\",\"more\":true},\"last\":null}");

    assertEquals("a", item.id);
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), item.when);
    assertEquals(3, item.count);
    assertEquals("b", item.next.id);
    assertEquals(List.of("extra", "last"), List.copyOf(item.additionalProperties.keySet()));
    assertEquals(Map.of("n", new BigInteger("123456789012345678901")), item.additionalProperties.get("extra"));
    assertTrue(item.additionalProperties.containsKey("last"));
    assertNull(item.additionalProperties.get("last"));
    assertEquals(Map.of("more", true), item.next.additionalProperties);
    assertThrows(UnsupportedOperationException.class, () -> item.additionalProperties.put("x", 1));
  }

  @Test
  void aModelWithoutUnknownFieldsSharesTheEmptyMap() throws Exception {
    Item item = lenient.adapter(Item.class).fromJson("{\"id\":\"a\"}");
    assertEquals(Collections.emptyMap(), item.additionalProperties);
  }

  @Test
  void nullForAPrimitiveIsTakenAsAbsentAndMissingFieldsStayNull() throws Exception {
    Item item = lenient.adapter(Item.class).fromJson("{\"count\":null,\"when\":null}");
    assertEquals(0, item.count);
    assertNull(item.id, "the lenient reader checks nothing");
    assertNull(item.when);
  }

  @Test
  void aCheckedFieldMissingAtDecodeNamesItsPath() {
    JsonAdapter<List<Item>> list = checking.adapter(Types.newParameterizedType(List.class, Item.class));
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> list.fromJson("[{\"id\":\"a\"},{\"id\":\"b\",\"next\":{\"count\":1}}]"));
    assertEquals("Required value 'id' missing at $[1].next", e.getMessage());
    e = assertThrows(JsonDataException.class, () -> list.fromJson("[{\"id\":\"a\"},{\"id\":null}]"));
    assertEquals("Required value 'id' missing at $[1]", e.getMessage());
  }

  @Test
  void writesBoundFieldsThenTheUnknownOnes() throws Exception {
    JsonAdapter<Item> adapter = lenient.adapter(Item.class);
    String json = "{\"id\":\"a\",\"count\":3,\"x\":0.30000000000000000001,\"y\":[1,{\"z\":null}]}";
    Item item = adapter.fromJson(json);
    assertEquals("{\"id\":\"a\",\"count\":3,\"x\":0.30000000000000000001,\"y\":[1,{}]}", adapter.toJson(item),
        "a null member is left out, as Moshi writes maps, unless nulls are asked for");
    assertEquals("{\"id\":\"a\",\"when\":null,\"count\":3,\"next\":null,\"x\":0.30000000000000000001,"
        + "\"y\":[1,{\"z\":null}]}", adapter.serializeNulls().toJson(item));
  }

  @Test
  void onlyMarkedClassesAreModels() throws Exception {
    assertTrue(lenient.adapter(Item.class).toString().contains("additionalProperties"));
    assertFalse(lenient.adapter(Plain.class).toString().contains("additionalProperties"));
    assertEquals("p", lenient.adapter(Plain.class).fromJson("{\"id\":\"p\",\"other\":1}").id);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lenient.adapter(NoConstructor.class));
    assertTrue(e.getMessage().contains("no-argument constructor"), e.getMessage());
  }
}
