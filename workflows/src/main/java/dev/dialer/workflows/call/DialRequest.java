package dev.dialer.workflows.call;

import java.util.Map;

public record DialRequest(
    String callId, String to, String from, Map<String, String> customParameters) {

  public DialRequest {
    customParameters = customParameters == null ? Map.of() : Map.copyOf(customParameters);
  }
}
