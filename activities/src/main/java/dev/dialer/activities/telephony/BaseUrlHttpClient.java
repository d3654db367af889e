package dev.dialer.activities.telephony;

import com.twilio.http.HttpMethod;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * Every request twilio-java sends goes through here. It does two things twilio-java does not:
 *
 * <ul>
 *   <li>sends a POST exactly once: twilio-java repeats any request that got a 5xx, and a repeated
 *       create is a second phone call whenever Twilio placed the first and then failed to answer;
 *       the dial activity's own retry adopts the call instead;
 *   <li>optionally sends everything to another Twilio-compatible host (twilio-sim, a proxy),
 *       keeping path, query, parameters and auth exactly as twilio-java built them.
 * </ul>
 *
 * Requests are bounded by {@link #CONNECT_TIMEOUT} and {@link #RESPONSE_TIMEOUT}, so a create is
 * answered or given up within {@link #REQUEST_BOUND}: the dial activity and the pacer rely on it.
 */
final class BaseUrlHttpClient extends NetworkHttpClient {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(6);

  /** The longest a request can be in flight, with a margin for the connection pool. */
  static final Duration REQUEST_BOUND = CONNECT_TIMEOUT.plus(RESPONSE_TIMEOUT).plusSeconds(1);

  private final String baseUrl;

  /**
   * @param baseUrl another host to send to, or null for the host twilio-java names (Twilio)
   */
  // twilio-java takes its timeouts as a RequestConfig only, where the connect timeout is deprecated
  @SuppressWarnings("deprecation")
  BaseUrlHttpClient(String baseUrl) {
    super(
        RequestConfig.custom()
            .setConnectionRequestTimeout(Timeout.ofSeconds(1))
            .setConnectTimeout(Timeout.of(CONNECT_TIMEOUT))
            .setResponseTimeout(Timeout.of(RESPONSE_TIMEOUT))
            .build());
    this.baseUrl =
        baseUrl == null || !baseUrl.endsWith("/")
            ? baseUrl
            : baseUrl.substring(0, baseUrl.length() - 1);
  }

  @Override
  public Response reliableRequest(Request request) {
    if (request.getMethod() == HttpMethod.POST) {
      return makeRequest(request);
    }
    return super.reliableRequest(request);
  }

  @Override
  public Response makeRequest(Request request) {
    if (baseUrl == null) {
      return super.makeRequest(request);
    }
    URI original = URI.create(request.getUrl());
    Request copy = new Request(request.getMethod(), baseUrl + original.getRawPath());
    if (request.getAuthStrategy() != null) {
      copy.setAuth(request.getAuthStrategy());
    } else if (request.requiresAuthentication()) {
      copy.setAuth(request.getUsername(), request.getPassword());
    }
    // A next-page request carries its filters and page token in the URL, not as parameters.
    queryOf(original).forEach(param -> copy.addQueryParam(param.getKey(), param.getValue()));
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

  private static List<Map.Entry<String, String>> queryOf(URI uri) {
    String query = uri.getRawQuery();
    if (query == null || query.isEmpty()) {
      return List.of();
    }
    List<Map.Entry<String, String>> params = new ArrayList<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.add(Map.entry(decode(name), decode(value)));
    }
    return params;
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  private static void forEach(Map<String, List<String>> params, BiConsumer<String, String> add) {
    params.forEach((name, values) -> values.forEach(value -> add.accept(name, value)));
  }
}
