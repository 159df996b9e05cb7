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
  void webSocketsPingEveryFifteenSecondsUnlessToldOtherwise() {
    ClientOptions options = ClientOptions.builder().baseUrl("https://flow.example.com").build();
    assertEquals(Duration.ofSeconds(15), options.webSocketPingInterval());
    ClientOptions quiet = options.toBuilder().webSocketPingInterval(Duration.ZERO).build();
    assertEquals(Duration.ZERO, quiet.webSocketPingInterval());
    assertEquals(Duration.ZERO, quiet.toBuilder().build().webSocketPingInterval());
    assertTrue(quiet.toString().contains("webSocketPingInterval=PT0S"), quiet.toString());
    assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().webSocketPingInterval(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().webSocketPingInterval(Duration.ofNanos(1)));
    assertThrows(NullPointerException.class, () -> ClientOptions.builder().webSocketPingInterval(null));
  }

  @Test
  void defaultsAreSensibleAndSurviveToBuilder() {
    ClientOptions options = ClientOptions.builder().baseUrl("https://flow.example.com").userAgentSuffix("my-app/1.0").build();
    assertEquals(3, options.maxRetries());
    assertEquals(Duration.ofSeconds(60), options.streamReadTimeout());
    assertTrue(options.userAgent().matches("flowkit-java/\\S+ my-app/1.0"), options.userAgent());
    ClientOptions copy = options.toBuilder().maxRetries(0).build();
    assertEquals(0, copy.maxRetries());
    assertEquals(options.userAgent(), copy.userAgent());
    assertEquals(options.baseUrl(), copy.baseUrl());
  }

  @Test
  void apiKeyThatIsNotAHeaderValueIsRejectedWithoutRepeatingIt() {
    String key = "fk_live_0123456789abcdef\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().apiKey(key));
    assertTrue(e.getMessage().contains("index 24"), e.getMessage());
    assertTrue(!e.getMessage().contains("fk_live_0123456789abcdef"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().apiKey("k\u00e9y"));
    assertEquals("a\tb", ClientOptions.builder().baseUrl("https://x").apiKey("a\tb").build().apiKey());
  }

  @Test
  void baseUrlWithUserInfoIsRejectedWithoutPrintingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().baseUrl("https://user:pa55w0rd@flow.example.com/").build());
    assertTrue(e.getMessage().contains("user info"), e.getMessage());
    assertTrue(!e.getMessage().contains("pa55w0rd"), e.getMessage());
    IllegalArgumentException malformed =
        assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().baseUrl("htps://user:pa55w0rd@flow.example.com/"));
    assertTrue(!malformed.getMessage().contains("pa55w0rd"), malformed.getMessage());
  }

  @Test
  void copyingOptionsNeverSwitchesThePlainHttpGuardOff() {
    ClientOptions secure = ClientOptions.builder().baseUrl("https://flow.example.com").build();
    assertThrows(IllegalArgumentException.class, () -> secure.toBuilder().baseUrl("http://flow.example.com").build());
    ClientOptions optedIn = ClientOptions.builder().baseUrl("http://flow.internal").allowInsecureHttp(true).build();
    assertTrue(optedIn.allowInsecureHttp());
    assertEquals("http://flow.internal/", optedIn.toBuilder().build().baseUrl().toString());
  }

  @Test
  void rateLimitIsOffByDefaultAndChecked() {
    assertEquals(0.0, ClientOptions.builder().baseUrl("https://x").build().maxRequestsPerSecond());
    assertEquals(20.0, ClientOptions.builder().baseUrl("https://x").maxRequestsPerSecond(20).build().toBuilder().build().maxRequestsPerSecond());
    assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().maxRequestsPerSecond(-1));
    assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().maxRequestsPerSecond(Double.NaN));
  }
}
