package dev.dialer.workflows.compliance;

import java.time.Instant;

/**
 * What a campaign knows about a contact that compliance needs, carried with each of its calls so
 * the check right before the dial reads the same rules the hopper did. Fields mean what they mean
 * in {@link ComplianceCheckRequest}.
 */
public record ComplianceContext(
    String campaignId,
    Purpose purpose,
    CallingHours callingHours,
    String timezone,
    String zip,
    String state,
    String subject,
    Integer maxAttemptsPerDay) {

  public ComplianceCheckRequest at(String phone, Instant at) {
    return new ComplianceCheckRequest(
        phone,
        at,
        campaignId,
        purpose,
        callingHours,
        timezone,
        zip,
        state,
        subject,
        maxAttemptsPerDay);
  }
}
