package dev.dialer.sim;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * twilio-java's own HTTP client, sending what it would send to https://api.twilio.com to the sim
 * instead, so a test exercises exactly the wire format the dialer will use.
 */
public final class SimRoutingHttpClient extends NetworkHttpClient {

  private static final String TWILIO_API = "https://api.twilio.com";

  private final String simBaseUrl;

  public SimRoutingHttpClient(String simBaseUrl) {
    this.simBaseUrl = simBaseUrl;
  }

  @Override
  public Response makeRequest(Request request) {
    String url = request.getUrl();
    if (!url.startsWith(TWILIO_API)) {
      throw new IllegalArgumentException("not a Twilio API request: " + url);
    }
    Request routed =
        new Request(request.getMethod(), simBaseUrl + url.substring(TWILIO_API.length()));
    request
        .getQueryParams()
        .forEach((name, values) -> values.forEach(v -> routed.addQueryParam(name, v)));
    request
        .getPostParams()
        .forEach((name, values) -> values.forEach(v -> routed.addPostParam(name, v)));
    request
        .getHeaderParams()
        .forEach((name, values) -> values.forEach(v -> routed.addHeaderParam(name, v)));
    if (request.getAuthStrategy() != null) {
      routed.setAuth(request.getAuthStrategy());
    } else {
      routed.setAuth(request.getUsername(), request.getPassword());
    }
    routed.setContentType(request.getContentType());
    return super.makeRequest(routed);
  }
}
