package dev.flowkit.workflows.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.flowkit.server.ServerPlatform;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Checks every exchange of an OkHttp client against a platform's spec ({@link
 * PlatformSpecsTest#specOf}): what each exchange was, and what the spec does not describe.
 */
public final class SpecExchanges {
  private final ServerPlatform platform;
  private final OpenApiInteractionValidator validator;
  private final List<String> violations = new CopyOnWriteArrayList<>();
  private final List<String> seen = new CopyOnWriteArrayList<>();

  private SpecExchanges(ServerPlatform platform) {
    this.platform = platform;
    this.validator = PlatformSpecsTest.validator(platform);
  }

  /** A checker of {@code platform}'s spec. */
  public static SpecExchanges of(ServerPlatform platform) {
    return new SpecExchanges(platform);
  }

  /** The spec checked, relative to the repository root. */
  public String spec() {
    return PlatformSpecsTest.specOf(platform);
  }

  /** A client whose every exchange is checked. */
  public OkHttpClient client() {
    return new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      var request = ContractValidator.toValidatorRequest(chain.request());
      Response response = chain.proceed(chain.request());
      ValidationReport report = validator.validate(request, ContractValidator.toValidatorResponse(response));
      seen.add(chain.request().method() + " " + chain.request().url().encodedPath() + " " + response.code());
      for (ValidationReport.Message m : report.getMessages()) {
        // A journey sends some calls the platform must refuse (a blank name): a request the
        // server answered 400 may break the spec; its answer may not.
        boolean refusedRequest = response.code() == 400 && m.getKey().startsWith("validation.request");
        if (m.getLevel() == ValidationReport.Level.ERROR && !refusedRequest) {
          violations.add(chain.request().method() + " " + chain.request().url().encodedPath() + " -> "
              + response.code() + ": " + m.getKey() + ": " + m.getMessage().replaceAll("\\s+", " "));
        }
      }
      return response;
    }).build();
  }

  /** The exchanges made, as {@code METHOD /path status}. */
  public List<String> seen() {
    return List.copyOf(seen);
  }

  /** What the spec does not describe, one line per finding. */
  public List<String> violations() {
    return List.copyOf(violations);
  }
}
