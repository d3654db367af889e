package dev.dialer.workflows.call;

import dev.dialer.workflows.compliance.ComplianceContext;
import java.time.Duration;
import java.util.Map;

/**
 * What to dial. {@code customParameters} travel to the media worker with the call; {@code prompt}
 * and {@code firstMessage} steer its agent.
 *
 * @param compliance what the check before the dial should know; null checks the law and the
 *     do-not-call lists only
 * @param campaign the campaign contact this call is for; null for a single call
 * @param clarificationTimeout how long the agent holds the line for a supervisor's answer; null
 *     means the default (45 s)
 * @param voice the numbers the call may be transferred to and its voicemail message; null for
 *     neither
 * @param reconcileAfter how long the call waits without a status callback before it asks Twilio (a
 *     lost final callback keeps it open that long); null means {@link CallTimings#RECONCILE_AFTER}
 */
public record CallRequest(
    String callId,
    String to,
    String from,
    Map<String, String> customParameters,
    String prompt,
    String firstMessage,
    ComplianceContext compliance,
    CampaignCall campaign,
    Duration clarificationTimeout,
    VoiceOptions voice,
    Duration reconcileAfter) {

  public CallRequest {
    customParameters = customParameters == null ? Map.of() : Map.copyOf(customParameters);
  }

  public CallRequest(
      String callId,
      String to,
      String from,
      Map<String, String> customParameters,
      String prompt,
      String firstMessage,
      ComplianceContext compliance,
      CampaignCall campaign,
      Duration clarificationTimeout,
      VoiceOptions voice) {
    this(
        callId,
        to,
        from,
        customParameters,
        prompt,
        firstMessage,
        compliance,
        campaign,
        clarificationTimeout,
        voice,
        null);
  }

  /** The wait before asking Twilio about a call that sent no callback. */
  public Duration effectiveReconcileAfter() {
    return reconcileAfter == null ? CallTimings.RECONCILE_AFTER : reconcileAfter;
  }

  /** This request with another {@link #reconcileAfter}. */
  public CallRequest withReconcileAfter(Duration wait) {
    return new CallRequest(
        callId,
        to,
        from,
        customParameters,
        prompt,
        firstMessage,
        compliance,
        campaign,
        clarificationTimeout,
        voice,
        wait);
  }

  public CallRequest(
      String callId,
      String to,
      String from,
      Map<String, String> customParameters,
      String prompt,
      String firstMessage,
      ComplianceContext compliance,
      CampaignCall campaign,
      Duration clarificationTimeout) {
    this(
        callId,
        to,
        from,
        customParameters,
        prompt,
        firstMessage,
        compliance,
        campaign,
        clarificationTimeout,
        null);
  }

  public CallRequest(
      String callId,
      String to,
      String from,
      Map<String, String> customParameters,
      String prompt,
      String firstMessage,
      ComplianceContext compliance,
      CampaignCall campaign) {
    this(callId, to, from, customParameters, prompt, firstMessage, compliance, campaign, null);
  }

  /** A single call, outside any campaign. */
  public CallRequest(
      String callId,
      String to,
      String from,
      Map<String, String> customParameters,
      String prompt,
      String firstMessage) {
    this(callId, to, from, customParameters, prompt, firstMessage, null, null, null);
  }
}
