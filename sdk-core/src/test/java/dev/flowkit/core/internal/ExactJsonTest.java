package dev.flowkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactJsonTest {
  private final Moshi moshi = FlowJson.moshi();
  private final JsonAdapter<Object> any = moshi.adapter(Object.class);

  private Object read(String json) throws Exception {
    return any.fromJson(json);
  }

  @Test
  void integersAreLongsWhenTheyFitElseBigIntegers() throws Exception {
    assertEquals(0L, read("0"));
    assertEquals(-42L, read("-42"));
    assertEquals(9007199254740993L, read("9007199254740993"), "2^53 + 1, which a double cannot hold");
    assertEquals(Long.MAX_VALUE, read("9223372036854775807"));
    assertEquals(Long.MIN_VALUE, read("-9223372036854775808"));
    assertEquals(new BigInteger("9223372036854775808"), read("9223372036854775808"));
    assertEquals(new BigInteger("-123456789012345678901234567890"), read("-123456789012345678901234567890"));
  }

  @Test
  void otherNumbersAreDoublesOnlyWhenTheDoubleIsTheWrittenValue() throws Exception {
    assertEquals(0.1, read("0.1"));
    assertEquals(2.5, read("2.5"));
    assertEquals(1000.0, read("1e3"));
    assertEquals(1.0, read("1.0"), "a fraction, even .0, is not an integer");
    assertEquals(-0.0, read("-0.0"));
    assertEquals(0.30000000000000004, read("0.30000000000000004"), "the shortest form of its double");
    assertEquals(new BigDecimal("0.30000000000000000001"), read("0.30000000000000000001"));
    assertEquals(new BigDecimal("9007199254740993.0"), read("9007199254740993.0"));
    assertEquals(new BigDecimal("1e400"), read("1e400"), "beyond a double");
    assertEquals(new BigDecimal("1e-400"), read("1e-400"), "a double would make it 0");
    assertEquals(new BigDecimal("123456789.123456789"), read("123456789.123456789"));
  }

  @Test
  void objectsKeepTheirOrderAndArraysTheirNulls() throws Exception {
    Object value = read("{\"b\":[1,null,\"x\",true],\"a\":{\"n\":1.5},\"c\":null}");
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("b", Arrays.asList(1L, null, "x", true));
    expected.put("a", Map.of("n", 1.5));
    expected.put("c", null);
    assertEquals(expected, value);
    assertEquals(Arrays.asList("b", "a", "c"), List.copyOf(((Map<?, ?>) value).keySet()));
  }

  @Test
  void aRepeatedNameIsAnErrorNamingIt() {
    JsonDataException e = assertThrows(JsonDataException.class, () -> read("{\"a\":{\"x\":1,\"x\":2}}"));
    assertTrue(e.getMessage().contains("'x'") && e.getMessage().contains("$.a"), e.getMessage());
  }

  @Test
  void writingWritesTheSameNumbers() throws Exception {
    String json = "{\"long\":9007199254740993,\"big\":-123456789012345678901234567890,"
        + "\"decimal\":0.30000000000000000001,\"double\":0.1,\"exp\":1E+400,\"list\":[1,2.5,null]}";
    assertEquals(json, any.toJson(read(json)));
    assertEquals("{\"n\":1.0}", any.toJson(read("{\"n\":1.0}")));
    // Moshi's value tree (toJsonValue, as the platform mappers use) keeps them too.
    assertEquals(json, any.toJson(any.toJsonValue(read(json))));
  }

  @Test
  void everyNumberReadsAndWritesBackToTheSameValue() throws Exception {
    Random random = new Random(20);
    for (int i = 0; i < 5_000; i++) {
      String text = randomNumber(random);
      Object value = read(text);
      assertEquals(0, new BigDecimal(text).compareTo(new BigDecimal(any.toJson(value))), text + " -> " + value);
      if (value instanceof Double) {
        assertEquals(0, new BigDecimal(text).compareTo(BigDecimal.valueOf((Double) value)), text);
      }
    }
  }

  private static String randomNumber(Random random) {
    StringBuilder text = new StringBuilder();
    if (random.nextBoolean()) text.append('-');
    int digits = 1 + random.nextInt(25);
    text.append(1 + random.nextInt(9));
    for (int i = 1; i < digits; i++) text.append(random.nextInt(10));
    if (random.nextBoolean()) {
      text.append('.');
      int fraction = 1 + random.nextInt(20);
      for (int i = 0; i < fraction; i++) text.append(random.nextInt(10));
    }
    if (random.nextInt(4) == 0) text.append('e').append(random.nextInt(700) - 350);
    return text.toString();
  }

  @Test
  void otherTypesInsideAValueAreWrittenByTheirOwnAdapter() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("when", java.time.Instant.parse("2026-01-01T00:00:00Z"));
    value.put("keys", Map.of(7, "seven"));
    value.put("nested", Arrays.asList(new BigDecimal("1.50"), 3));
    assertEquals("{\"when\":\"2026-01-01T00:00:00Z\",\"keys\":{\"7\":\"seven\"},\"nested\":[1.50,3]}", any.toJson(value));
  }

  @Test
  void bigDecimalAndBigIntegerFieldsReadExactly() throws Exception {
    JsonAdapter<BigDecimal> decimal = moshi.adapter(BigDecimal.class);
    JsonAdapter<BigInteger> integer = moshi.adapter(BigInteger.class);
    assertEquals(new BigDecimal("0.30000000000000000001"), decimal.fromJson("0.30000000000000000001"));
    assertEquals(new BigDecimal("1.50"), decimal.fromJson("\"1.50\""), "a string holding a number, as Moshi's numbers allow");
    assertEquals(new BigInteger("123456789012345678901"), integer.fromJson("123456789012345678901"));
    assertEquals(new BigInteger("1000"), integer.fromJson("1e3"));
    assertEquals("0.30000000000000000001", decimal.toJson(new BigDecimal("0.30000000000000000001")));
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> moshi.<List<BigInteger>>adapter(Types.newParameterizedType(List.class, BigInteger.class)).fromJson("[1,1.5]"));
    assertTrue(e.getMessage().contains("$[1]"), e.getMessage());
    assertInstanceOf(ArithmeticException.class, e.getCause());
  }
}
