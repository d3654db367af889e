package dev.dialer.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;

/** The api's REST API over real HTTP, as a user's client would call it. */
public class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;
  private final String key;

  public ApiClient(String baseUrl, String key) {
    this.baseUrl = baseUrl;
    this.key = key;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public record Reply(int status, JsonNode body, HttpResponse<String> raw) {}

  public Reply get(String path) {
    return send(request(path).GET().build());
  }

  public Reply post(String path, Object body) {
    return post(path, body, Map.of());
  }

  public Reply post(String path, Object body, Map<String, String> headers) {
    HttpRequest.Builder builder =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(write(body)));
    headers.forEach(builder::header);
    return send(builder.build());
  }

  public Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
      JsonNode body = json && !response.body().isEmpty() ? JSON.readTree(response.body()) : null;
      return new Reply(response.statusCode(), body, response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(20))
        .header("Authorization", "Bearer " + key)
        .header("Accept", "application/json");
  }

  /** Places a call and returns its callId. */
  public String call(String to) {
    Reply reply = post("/api/calls", Map.of("to", to));
    if (reply.status() != 202) {
      throw new AssertionError("POST /api/calls answered " + reply.status() + ": " + reply.body());
    }
    return reply.body().get("callId").asText();
  }

  /** Waits until the call has a disposition and returns the call. */
  public JsonNode awaitDisposition(String callId) {
    return Awaitility.await("disposition of " + callId)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> get("/api/calls/" + callId).body(), call -> call.hasNonNull("disposition"));
  }

  public JsonNode awaitStatus(String callId, String status) {
    return Awaitility.await(callId + " to be " + status)
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> get("/api/calls/" + callId).body(),
            call -> status.equals(call.path("status").asText()));
  }

  private static String write(Object body) {
    try {
      return body instanceof String text ? text : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
