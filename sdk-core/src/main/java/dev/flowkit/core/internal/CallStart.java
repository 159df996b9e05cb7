package dev.flowkit.core.internal;

import dev.flowkit.core.ApiKeyHeader;
import dev.flowkit.core.ClientOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the user agent, default headers and the API key to every request that lacks them. The
 * names and values are worked out once, when the client is built, not on every call.
 */
final class HeadersInterceptor implements Interceptor {
  private final String[] namesAndValues;
  private final boolean hasApiKey;

  HeadersInterceptor(ClientOptions options) {
    List<String> pairs = new ArrayList<>();
    pairs.add("User-Agent");
    pairs.add(options.userAgent());
    for (Map.Entry<String, String> header : options.defaultHeaders().entrySet()) {
      pairs.add(header.getKey());
      pairs.add(header.getValue());
    }
    String apiKey = options.apiKey();
    hasApiKey = apiKey != null;
    if (apiKey != null) {
      if (options.apiKeyHeader() == ApiKeyHeader.X_API_KEY) {
        pairs.add("X-API-KEY");
        pairs.add(apiKey);
      } else {
        pairs.add("Authorization");
        pairs.add("Bearer " + apiKey);
      }
    }
    namesAndValues = pairs.toArray(new String[0]);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder builder = request.newBuilder();
    int end = hasApiKey ? namesAndValues.length - 2 : namesAndValues.length;
    for (int i = 0; i < end; i += 2) {
      if (request.header(namesAndValues[i]) == null) builder.header(namesAndValues[i], namesAndValues[i + 1]);
    }
    // The key goes last; a request that already carries either key header keeps it alone.
    if (hasApiKey && request.header("Authorization") == null && request.header("X-API-KEY") == null) {
      builder.header(namesAndValues[end], namesAndValues[end + 1]);
    }
    return chain.proceed(builder.build());
  }
}
