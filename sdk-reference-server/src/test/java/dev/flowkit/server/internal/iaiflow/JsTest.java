package dev.flowkit.server.internal.iaiflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.server.internal.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JavaScript subset of js_transform and edge conditions: what it runs, and what it refuses. */
class JsTest {
  private static Object run(String fn, Object input) {
    return Js.runFunction(fn, input, Json.obj("input", input, "nodes", Json.obj("prev", Json.obj("n", 3L))));
  }

  @Test void functionsInEveryFormTurnTheInputIntoTheOutput() {
    Map<String, Object> in = Json.obj("name", "Ada", "n", 4L, "tags", List.of("a", "b"));
    assertEquals(Json.obj("greeting", "Hello, Ada!"), run("(input) => ({ greeting: `Hello, ${input.name}!` })", in));
    assertEquals(8L, run("input => input.n * 2", in));
    assertEquals("ADA", run("function (input) { return input.name.toUpperCase(); }", in));
    assertEquals("ADA", run("function shout(input) { const n = input.name; return n.toUpperCase() }", in));
    assertEquals(Json.obj("n", 5L), run("return { n: input.n + 1 }", in), "a bare function body");
    assertEquals(3L, run("(i, ctx) => ctx.nodes.prev.n", in));
    assertEquals("a-b", run("(i) => i.tags.join('-')", in));
    assertEquals(List.of("A", "B"), run("(i) => i.tags.map(t => t.toUpperCase())", in));
    assertEquals(List.of(2L, 4L), run("(i) => [1, 2, 3, 4].filter(x => x % 2 === 0)", in));
    assertEquals("big", run("(i) => { if (i.n > 3) { return 'big' } else return 'small' }", in));
    assertEquals(Json.obj("name", "Ada"), run("(i) => { const name = i.name; return { name } }", in), "shorthand properties");
    assertEquals(null, run("(i) => i.missing?.deep", in));
    assertEquals("none", run("(i) => i.missing ?? 'none'", in));
    assertEquals("{\"a\":[1,2]}", run("() => JSON.stringify({ a: [1, 2] })", in));
    assertEquals(2L, run("() => JSON.parse('{\"x\":2}').x", in));
    assertEquals(3L, run("() => Math.max(1, 3, 2)", in));
    assertEquals(List.of("name", "n", "tags"), run("(i) => Object.keys(i)", in));
    assertEquals("3.14", run("() => (3.14159).toFixed(2)", in));
    assertEquals("number", run("(i) => typeof i.n", in));
    assertEquals(true, run("(i) => i.n == '4' && i.n !== '4'", in));
    assertEquals(Json.obj("kept", 1L), run("() => ({ kept: 1, gone: undefined })", in), "undefined members are dropped");
    assertEquals(1.5, run("() => 3 / 2", in));
  }

  @Test void aThrowIsTheRunsErrorMessage() {
    assertEquals("boom", assertThrows(Js.Thrown.class, () -> run("() => { throw new Error(\"boom\") }", Json.obj())).getMessage());
    assertEquals("plain", assertThrows(Js.Thrown.class, () -> run("() => { throw 'plain' }", Json.obj())).getMessage());
  }

  @Test void codeOutsideTheSubsetIsRefusedByName() {
    assertTrue(assertThrows(Js.JsError.class, () -> run("(i) => { for (;;) {} }", Json.obj())).getMessage()
        .startsWith("'for' (at 9) is not in the JavaScript subset"));
    assertTrue(assertThrows(Js.JsError.class, () -> run("(i) => { while (true) {} }", Json.obj())).getMessage()
        .contains("'while'"));
    assertTrue(assertThrows(Js.JsError.class, () -> run("(i) => { let x = 1; x = 2; return x }", Json.obj())).getMessage()
        .contains("no assignment"));
    assertTrue(assertThrows(Js.JsError.class, () -> run("() => new Date()", Json.obj())).getMessage()
        .contains("only as new Error(message)"));
    assertTrue(assertThrows(Js.JsError.class, () -> run("() => fetch('http://x')", Json.obj())).getMessage()
        .startsWith("ReferenceError: fetch is not defined"));
    assertTrue(assertThrows(Js.JsError.class, () -> run("(i) => i.a.b", Json.obj())).getMessage()
        .startsWith("TypeError: Cannot read properties of undefined (reading 'b')"));
    assertTrue(assertThrows(Js.JsError.class, () -> run("() => 'a'.repeat(3)", Json.obj())).getMessage()
        .contains("is not a function in the subset"));
  }

  @Test void everyEvaluationIsBounded() {
    assertTrue(assertThrows(Js.JsError.class, () -> run("() => { const f = (x) => f(x); return f(1) }", Json.obj()))
        .getMessage().contains("nested more than 64 deep"));
    String doubling = "() => { const d = (s, n) => n === 0 ? s : d(s + s, n - 1); return d('ab', 40).length }";
    assertTrue(assertThrows(Js.JsError.class, () -> run(doubling, Json.obj())).getMessage()
        .contains("a string longer than"));
  }

  @Test void edgeConditionsAreOneExpressionWithJavaScriptTruth() {
    Map<String, Object> names = Json.obj("output", Json.obj("status", 200L, "body", Json.obj("ok", true)),
        "input", Json.obj("x", 0L), "nodes", Json.obj());
    assertTrue(Js.test("output.status < 300", names));
    assertTrue(Js.test("output.body.ok === true && input.x === 0", names));
    assertFalse(Js.test("input.x", names), "0 is false");
    assertTrue(Js.test("output.body", names), "an object is true");
    assertFalse(Js.test("output.missing", names));
    assertTrue(assertThrows(Js.JsError.class, () -> Js.test("a; b", names)).getMessage().contains("one expression"));
  }
}
