package dev.dialer.media.context;

import java.util.Map;

/**
 * What the agent knows about the call when the socket opens, from the ledger row and its campaign.
 *
 * @param callSid the CallSid the ledger holds for the call (the relay's must match it)
 * @param purpose the campaign's purpose (e.g. PAYMENT_REMINDER), null for a single call
 * @param campaignName null for a single call
 * @param businessName the campaign's {@code agent.businessName}, null when it names none
 * @param contactName the contact's name, null when unknown
 * @param recorded the call is recorded (single call {@code record}, campaign {@code recording}):
 *     the disclosure must say so
 */
public record CallContext(
    String callId,
    String callSid,
    String customerPhone,
    String purpose,
    String campaignName,
    String businessName,
    String prompt,
    String firstMessage,
    String contactName,
    Map<String, String> customParameters,
    boolean recorded) {}
