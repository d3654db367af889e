package dev.dialer.api.campaign;

import java.util.Map;

/**
 * A single call that asked for retries, its numbers and parameters already checked.
 *
 * @param purpose a campaign purpose's name; CUSTOM when null
 * @param record the call is recorded
 */
public record SingleCall(
    String to,
    String from,
    Map<String, String> customParameters,
    String prompt,
    String firstMessage,
    String purpose,
    RetryBody retry,
    boolean record) {

  public SingleCall(
      String to,
      String from,
      Map<String, String> customParameters,
      String prompt,
      String firstMessage,
      String purpose,
      RetryBody retry) {
    this(to, from, customParameters, prompt, firstMessage, purpose, retry, false);
  }
}
