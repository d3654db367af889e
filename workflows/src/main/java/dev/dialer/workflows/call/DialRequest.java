package dev.dialer.workflows.call;

import java.util.Map;

/**
 * @param pacing null for a call outside any campaign: it is dialed at once
 */
public record DialRequest(
    String callId,
    String to,
    String from,
    Map<String, String> customParameters,
    DialPacing pacing) {

  public DialRequest {
    customParameters = customParameters == null ? Map.of() : Map.copyOf(customParameters);
  }

  public DialRequest(String callId, String to, String from, Map<String, String> customParameters) {
    this(callId, to, from, customParameters, null);
  }
}
