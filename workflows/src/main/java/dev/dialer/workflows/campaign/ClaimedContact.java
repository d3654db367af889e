package dev.dialer.workflows.campaign;

import java.util.Map;

/**
 * A contact claimed for a call.
 *
 * @param callId the ledger row created for this attempt: {@code {campaignId}-{contactId}-{attempt}}
 * @param attempt this attempt's number, from 1
 */
public record ClaimedContact(
    long contactId,
    String callId,
    int attempt,
    String phone,
    String name,
    String timezone,
    String zip,
    String state,
    Map<String, String> customParameters) {

  public ClaimedContact {
    customParameters = customParameters == null ? Map.of() : Map.copyOf(customParameters);
  }
}
