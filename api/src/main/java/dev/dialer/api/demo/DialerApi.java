package dev.dialer.api.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The calls and compliance parts of the dialer's REST API, as the demo uses them. */
final class DialerApi {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final URI baseUrl;
  private final String apiKey;
  private final ObjectMapper json;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  DialerApi(URI baseUrl, String apiKey, ObjectMapper json) {
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.json = json;
  }

  /** Fails before any call is placed when the api is down or refuses the key. */
  void checkAccess() {
    send(request("/api/calls?limit=1").GET(), 200);
  }

  ApiCall place(String to) {
    String body = write(Map.of("to", to));
    return read(
        send(
            request("/api/calls")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)),
            202));
  }

  ApiCall get(String callId) {
    return read(
        send(
            request("/api/calls/" + URLEncoder.encode(callId, StandardCharsets.UTF_8)).GET(), 200));
  }

  /**
   * Compliance's answer for calling {@code phone} now, or empty when the check cannot answer (it is
   * missing, failing or says something the demo cannot read): the demo then falls back.
   */
  Optional<ComplianceAnswer> check(String phone) {
    HttpResponse<String> response =
        exchange(
            request(
                    "/api/compliance/check?phone="
                        + URLEncoder.encode(phone, StandardCharsets.UTF_8))
                .GET());
    if (response.statusCode() != 200) {
      return Optional.empty();
    }
    try {
      return Optional.of(json.readValue(response.body(), ComplianceAnswer.class));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + apiKey)
        .header("Accept", "application/json");
  }

  private String send(HttpRequest.Builder builder, int expectedStatus) {
    HttpResponse<String> response = exchange(builder);
    HttpRequest request = response.request();
    if (response.statusCode() != expectedStatus) {
      throw new DialerApiException(
          request.method()
              + " "
              + request.uri()
              + " answered "
              + response.statusCode()
              + errorMessage(response.body()));
    }
    return response.body();
  }

  /** Sends the request; fails when the api cannot be reached or refuses the key. */
  private HttpResponse<String> exchange(HttpRequest.Builder builder) {
    HttpRequest request = builder.build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DialerApiException(
          "Cannot reach the dialer api at "
              + baseUrl
              + " ("
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
              + "). Start it with ./dialer up, or point DIALER_URL at it.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DialerApiException("Interrupted while waiting for the dialer api.");
    }
    if (response.statusCode() == 401) {
      throw new DialerApiException(
          "The dialer api at "
              + baseUrl
              + " refused the API key (401"
              + errorMessage(response.body())
              + "). Set DIALER_API_KEY to the key the api was started with; ./dialer up prints it.");
    }
    return response;
  }

  private String errorMessage(String body) {
    try {
      JsonNode error = json.readTree(body).path("error");
      return error.isObject()
          ? ": " + error.path("code").asText() + " " + error.path("message").asText()
          : "";
    } catch (JsonProcessingException e) {
      return "";
    }
  }

  private ApiCall read(String body) {
    try {
      return json.readValue(body, ApiCall.class);
    } catch (JsonProcessingException e) {
      throw new DialerApiException("The dialer api answered something that is not a call: " + body);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
