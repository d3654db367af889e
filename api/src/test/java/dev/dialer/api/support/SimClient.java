package dev.dialer.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** twilio-sim's test controls: its ledger of dials and per-number scenarios. */
public class SimClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  public SimClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** Every create request the sim accepted, in arrival order. */
  public List<JsonNode> dials() {
    List<JsonNode> dials = new ArrayList<>();
    send(HttpRequest.newBuilder(URI.create(baseUrl + "/sim/calls")).GET().build())
        .forEach(dials::add);
    return dials;
  }

  /** Every create request the sim accepted for this number. */
  public List<JsonNode> dialsTo(String to) {
    return dials().stream().filter(dial -> to.equals(dial.path("to").asText())).toList();
  }

  public void scenario(String to, Map<String, Object> scenario) {
    try {
      send(
          HttpRequest.newBuilder(URI.create(baseUrl + "/sim/scenarios/" + to.replace("+", "%2B")))
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(scenario)))
              .build());
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private JsonNode send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new AssertionError(
            request.uri() + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
