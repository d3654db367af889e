package dev.dialer.cli;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/campaigns}, as much of it as the demo sets. Times are ISO-8601
 * strings, so that the demo's plain ObjectMapper needs no time module.
 *
 * @param start true starts the campaign at once
 */
record CampaignRequest(
    String name,
    String purpose,
    Agent agent,
    Schedule schedule,
    Pacing pacing,
    Retry retry,
    List<Contact> contacts,
    boolean start) {

  record Agent(String prompt, String firstMessage) {}

  /**
   * @param endAt once passed, the campaign dials no more and its unfinished contacts expire
   */
  record Schedule(String endAt) {}

  record Pacing(double callsPerSecond, int maxConcurrentCalls) {}

  /**
   * @param delays by disposition: the outcomes dialed again, and after how long
   */
  record Retry(int maxAttempts, Map<String, String> delays) {}

  record Contact(String phone, String name, Map<String, String> customParameters) {}
}
