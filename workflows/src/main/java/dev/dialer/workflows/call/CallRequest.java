package dev.dialer.workflows.call;

import java.util.Map;

/**
 * What to dial. {@code customParameters} travel to the media worker with the call; {@code prompt}
 * and {@code firstMessage} steer its agent.
 */
public record CallRequest(
    String callId,
    String to,
    String from,
    Map<String, String> customParameters,
    String prompt,
    String firstMessage) {

  public CallRequest {
    customParameters = customParameters == null ? Map.of() : Map.copyOf(customParameters);
  }
}
