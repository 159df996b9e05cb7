package dev.flowkit.core.internal;

import dev.flowkit.core.ApiKeyHeader;
import dev.flowkit.core.ClientOptions;
import java.io.IOException;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds the user agent, default headers and the API key to every request that lacks them. */
final class HeadersInterceptor implements Interceptor {
  private final ClientOptions options;

  HeadersInterceptor(ClientOptions options) {
    this.options = options;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder builder = request.newBuilder();
    if (request.header("User-Agent") == null) builder.header("User-Agent", options.userAgent());
    for (Map.Entry<String, String> header : options.defaultHeaders().entrySet()) {
      if (request.header(header.getKey()) == null) builder.header(header.getKey(), header.getValue());
    }
    String apiKey = options.apiKey();
    if (apiKey != null
        && request.header("Authorization") == null
        && request.header("X-API-KEY") == null) {
      if (options.apiKeyHeader() == ApiKeyHeader.X_API_KEY) {
        builder.header("X-API-KEY", apiKey);
      } else {
        builder.header("Authorization", "Bearer " + apiKey);
      }
    }
    return chain.proceed(builder.build());
  }
}
