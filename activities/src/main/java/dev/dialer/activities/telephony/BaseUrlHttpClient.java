package dev.dialer.activities.telephony;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Sends twilio-java's requests to another Twilio-compatible host (twilio-sim, a proxy) while
 * keeping the path, parameters and auth exactly as twilio-java built them.
 */
final class BaseUrlHttpClient extends NetworkHttpClient {

  private final String baseUrl;

  BaseUrlHttpClient(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  @Override
  public Response makeRequest(Request request) {
    String path = URI.create(request.getUrl()).getRawPath();
    Request copy = new Request(request.getMethod(), baseUrl + path);
    if (request.getAuthStrategy() != null) {
      copy.setAuth(request.getAuthStrategy());
    } else if (request.requiresAuthentication()) {
      copy.setAuth(request.getUsername(), request.getPassword());
    }
    forEach(request.getQueryParams(), copy::addQueryParam);
    forEach(request.getPostParams(), copy::addPostParam);
    forEach(request.getHeaderParams(), copy::addHeaderParam);
    if (request.getFormParameters() != null) {
      copy.setFormParameters(request.getFormParameters());
    }
    if (request.getContentType() != null) {
      copy.setContentType(request.getContentType());
    }
    if (request.getBody() != null) {
      copy.setBody(request.getBody());
    }
    return super.makeRequest(copy);
  }

  private static void forEach(
      Map<String, List<String>> params, java.util.function.BiConsumer<String, String> add) {
    params.forEach((name, values) -> values.forEach(value -> add.accept(name, value)));
  }
}
