package dev.dialer.cli;

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
import java.util.Optional;

/**
 * The dialer's REST API as the demo reaches it: the key, JSON in and out, and errors that say what
 * to do. The campaign endpoints are in {@link CampaignApi}.
 */
final class DialerApi {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final int SHOWN_BODY = 200;

  /** The compliance purpose of the demo's APPOINTMENT_CONFIRMATION campaign. */
  private static final String CHECK_PURPOSE = "INFORMATIONAL";

  private final URI baseUrl;
  private final String apiKey;
  private final ObjectMapper json;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  DialerApi(URI baseUrl, String apiKey, ObjectMapper json) {
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.json = json;
  }

  /** Fails before anything is created when the api is down or refuses the key. */
  void checkAccess() {
    send(request("/api/calls?limit=1").GET());
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
                        + URLEncoder.encode(phone, StandardCharsets.UTF_8)
                        + "&purpose="
                        + CHECK_PURPOSE)
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

  <T> T get(String path, Class<T> type) {
    return read(send(request(path).GET()), type);
  }

  <T> T post(String path, Object body, Class<T> type) {
    return read(
        send(
            request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)))),
        type);
  }

  /** Sends a body that is not JSON (a CSV of contacts, a registry file); reads JSON back. */
  <T> T postText(String path, String mediaType, String body, Class<T> type) {
    return read(
        send(
            request(path)
                .header("Content-Type", mediaType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))),
        type);
  }

  /** A body that is not JSON, such as a CSV report. */
  String text(String path, String mediaType) {
    return send(request(path).setHeader("Accept", mediaType).GET());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + apiKey)
        .header("Accept", "application/json");
  }

  private String send(HttpRequest.Builder builder) {
    HttpResponse<String> response = exchange(builder);
    HttpRequest request = response.request();
    if (response.statusCode() / 100 != 2) {
      throw new DialerApiException(
          request.method()
              + " "
              + request.uri()
              + " answered "
              + response.statusCode()
              + errorMessage(response));
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
              + errorMessage(response)
              + "). Set DIALER_API_KEY to the key the api was started with; ./dialer up prints it.");
    }
    return response;
  }

  /** The api's {@code {"error":{code, message, field}}}, or a hint when there is none. */
  private String errorMessage(HttpResponse<String> response) {
    try {
      JsonNode error = json.readTree(response.body()).path("error");
      if (error.isObject()) {
        String field = error.path("field").asText("");
        return ": "
            + error.path("code").asText()
            + " "
            + error.path("message").asText()
            + (field.isEmpty() ? "" : " (field " + field + ")");
      }
    } catch (JsonProcessingException e) {
      // Not the api's error body: fall through to the hint.
    }
    // A 404 without the api's error body is Spring's answer for a path it does not serve.
    return response.statusCode() == 404
        ? ": no such endpoint; is the api an older build? Rebuild with ./mvnw install"
        : "";
  }

  private <T> T read(String body, Class<T> type) {
    try {
      return json.readValue(body, type);
    } catch (JsonProcessingException e) {
      throw new DialerApiException(
          "The dialer api answered something the demo cannot read as "
              + type.getSimpleName()
              + ": "
              + (body.length() > SHOWN_BODY ? body.substring(0, SHOWN_BODY) + "…" : body));
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
