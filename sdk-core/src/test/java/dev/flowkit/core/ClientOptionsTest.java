package dev.flowkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {
  @Test
  void httpsAndLoopbackHttpAreAccepted() {
    assertEquals("https://flow.example.com/v2/", ClientOptions.builder().baseUrl("https://flow.example.com/v2").build().baseUrl().toString());
    assertEquals("http://127.0.0.1:4454/", ClientOptions.builder().baseUrl("http://127.0.0.1:4454").build().baseUrl().toString());
    assertEquals("http://localhost:4454/", ClientOptions.builder().baseUrl("http://localhost:4454/").build().baseUrl().toString());
  }

  @Test
  void plainHttpToARemoteHostNeedsAnOptIn() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().baseUrl("http://flow.example.com").build());
    assertTrue(e.getMessage().contains("allowInsecureHttp"), e.getMessage());
    assertEquals(
        "http://flow.example.com/",
        ClientOptions.builder().baseUrl("http://flow.example.com").allowInsecureHttp(true).build().baseUrl().toString());
  }

  @Test
  void malformedOrRelativeUrlsAreRejectedNamingThem() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().baseUrl("ftp://x"));
    assertTrue(e.getMessage().contains("ftp://x"));
    assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().baseUrl("/api"));
    assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().baseUrl("https://x/?q=1").build());
  }

  @Test
  void missingBaseUrlFailsAtBuild() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ClientOptions.builder().build());
    assertEquals("baseUrl is required", e.getMessage());
  }

  @Test
  void badValuesAreRejectedEagerly() {
    assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().maxRetries(-1));
    assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().readTimeout(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().streamReadTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().apiKey("  "));
    assertThrows(NullPointerException.class, () -> ClientOptions.builder().apiKeyHeader(null));
    assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().defaultHeader("X-Bad", "line\nbreak"));
  }

  @Test
  void defaultsAreSensibleAndSurviveToBuilder() {
    ClientOptions options = ClientOptions.builder().baseUrl("https://flow.example.com").userAgentSuffix("my-app/1.0").build();
    assertEquals(2, options.maxRetries());
    assertEquals(Duration.ofSeconds(60), options.streamReadTimeout());
    assertTrue(options.userAgent().matches("flowkit-java/\\S+ my-app/1.0"), options.userAgent());
    ClientOptions copy = options.toBuilder().maxRetries(0).build();
    assertEquals(0, copy.maxRetries());
    assertEquals(options.userAgent(), copy.userAgent());
    assertEquals(options.baseUrl(), copy.baseUrl());
  }
}
