package dev.dialer.workflows.compliance;

import java.time.Instant;

/**
 * What the engine needs to decide one call.
 *
 * @param phone the callee in E.164
 * @param at the instant the call would be placed; the workflow passes {@code
 *     Workflow.currentTimeMillis()}
 * @param campaignId null for a call outside any campaign: its per-campaign list and cap are skipped
 * @param purpose null means the strictest reading (TELEMARKETING's state rules and the national
 *     registry)
 * @param callingHours the campaign's own hours in the callee's local time; null means only the
 *     law's
 * @param timezone an IANA zone known for the contact; adds to the zones ZIP and number give, and
 *     replaces them only when {@code locationVerified}
 * @param zip a US ZIP code of the contact; adds its zones and state to the number's
 * @param state a two-letter US state of the contact; adds to the states ZIP and number give
 * @param subject the debt or matter the call is about (Regulation F counts per debt); null counts
 *     every attempt to the number
 * @param maxAttemptsPerDay the campaign's cap per rolling 24 h; null for none
 * @param person who the callee is across numbers (an account id); caps count calls to every number
 *     of the person. Null: for a campaign contact, its person custom parameter; else the number
 *     only
 * @param locationVerified the operator vouches that the given timezone is where the callee is (a
 *     ported or mobile-verified number); null reads as false
 */
public record ComplianceCheckRequest(
    String phone,
    Instant at,
    String campaignId,
    Purpose purpose,
    CallingHours callingHours,
    String timezone,
    String zip,
    String state,
    String subject,
    Integer maxAttemptsPerDay,
    String person,
    Boolean locationVerified) {

  /** A check without person or verified location, as callers asked before those existed. */
  public ComplianceCheckRequest(
      String phone,
      Instant at,
      String campaignId,
      Purpose purpose,
      CallingHours callingHours,
      String timezone,
      String zip,
      String state,
      String subject,
      Integer maxAttemptsPerDay) {
    this(
        phone,
        at,
        campaignId,
        purpose,
        callingHours,
        timezone,
        zip,
        state,
        subject,
        maxAttemptsPerDay,
        null,
        null);
  }

  /** The same check, asked about another instant: every other field, person and verified too. */
  public ComplianceCheckRequest asOf(Instant when) {
    return new ComplianceCheckRequest(
        phone,
        when,
        campaignId,
        purpose,
        callingHours,
        timezone,
        zip,
        state,
        subject,
        maxAttemptsPerDay,
        person,
        locationVerified);
  }

  /** Only the law and the do-not-call lists: what a check without a campaign asks. */
  public static ComplianceCheckRequest of(String phone, Instant at) {
    return new ComplianceCheckRequest(phone, at, null, null, null, null, null, null, null, null);
  }
}
