package dev.dialer.activities.compliance;

import java.time.Instant;

/**
 * A past dial attempt to the callee, from the call ledger.
 *
 * @param conversation whether a person answered and talked (disposition COMPLETED)
 * @param callbackAt when the callee, on this call, asked to be called back; null when they did not
 *     (their consent to that call, given directly on this one)
 */
public record Attempt(
    Instant at, String campaignId, String subject, boolean conversation, Instant callbackAt) {

  public Attempt(Instant at, String campaignId, String subject, boolean conversation) {
    this(at, campaignId, subject, conversation, null);
  }
}
