package dev.dialer.api.call;

import dev.dialer.api.campaign.RetryBody;
import java.util.Map;

/**
 * {@code POST /api/calls}. Only {@code to} is required. With {@code retry}, the call runs as a
 * campaign of one contact, {@code purpose} (a campaign purpose, CUSTOM by default) choosing its
 * compliance rules. {@code record: true} records the call (and the agent's disclosure says so).
 * compliance rules. {@code transferTo} is the E.164 number the agent or a supervisor may hand the
 * call to; {@code voicemailMessage} is left on an answering machine after its beep.
 */
public record StartCallRequest(
    String to,
    String from,
    Map<String, String> customParameters,
    String prompt,
    String firstMessage,
    RetryBody retry,
    String purpose,
    Boolean record,
    String transferTo,
    String voicemailMessage) {

  public StartCallRequest(
      String to,
      String from,
      Map<String, String> customParameters,
      String prompt,
      String firstMessage,
      RetryBody retry,
      String purpose) {
    this(to, from, customParameters, prompt, firstMessage, retry, purpose, null, null, null);
  }

  public boolean recorded() {
    return Boolean.TRUE.equals(record);
  }
}
