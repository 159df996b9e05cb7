package dev.flowkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequiredFieldsTest {
  /** A model with one required field. */
  static final class Item {
    String id;
    String name;
  }

  /** Holds items the way a page holds its data. */
  static final class Holder {
    Item first;
    List<Item> data;
    Map<String, Item> byName;
  }

  private final Moshi moshi =
      new Moshi.Builder()
          .add(NonNullElementsFactory.INSTANCE)
          .add(RequiredFields.builder().on(Item.class, i -> i.id == null ? "id" : null).build())
          .build();

  private String failure(String json) {
    JsonAdapter<Holder> adapter = moshi.adapter(Holder.class);
    return assertThrows(JsonDataException.class, () -> adapter.fromJson(json)).getMessage();
  }

  @Test
  void namesTheArrayElementThatLacksTheField() {
    assertEquals(
        "Required value 'id' missing at $.data[2]",
        failure("{\"data\":[{\"id\":\"a\"},{\"id\":\"b\"},{\"name\":\"c\"},{\"id\":\"d\"}]}"));
    assertEquals("Required value 'id' missing at $.data[0]", failure("{\"data\":[{\"name\":\"c\"}]}"));
  }

  @Test
  void namesAFieldAMapValueAndTheTopLevel() {
    assertEquals("Required value 'id' missing at $.first", failure("{\"first\":{\"name\":\"x\"},\"data\":[]}"));
    assertEquals(
        "Required value 'id' missing at $.byName.x", failure("{\"byName\":{\"x\":{\"name\":\"x\"}}}"));
    JsonAdapter<Item> item = moshi.adapter(Item.class);
    assertEquals(
        "Required value 'id' missing at $",
        assertThrows(JsonDataException.class, () -> item.fromJson("{\"name\":\"x\"}")).getMessage());
    JsonAdapter<List<List<Item>>> nested = moshi.adapter(Types.newParameterizedType(List.class,
        Types.newParameterizedType(List.class, Item.class)));
    assertEquals(
        "Required value 'id' missing at $[1][10]",
        assertThrows(JsonDataException.class, () -> nested.fromJson(
            "[[],[{\"id\":\"0\"},{\"id\":\"1\"},{\"id\":\"2\"},{\"id\":\"3\"},{\"id\":\"4\"},{\"id\":\"5\"},"
                + "{\"id\":\"6\"},{\"id\":\"7\"},{\"id\":\"8\"},{\"id\":\"9\"},{}]]")).getMessage());
  }

  @Test
  void aCompleteModelPasses() throws Exception {
    Holder holder = moshi.adapter(Holder.class).fromJson("{\"first\":{\"id\":\"a\"},\"data\":[{\"id\":\"b\"}]}");
    assertEquals("b", holder.data.get(0).id);
  }
}
