package dev.dialer.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One contact of {@code GET /api/campaigns/{id}/contacts}.
 *
 * @param state a ContactState name: PENDING, DIALING, RETRY, DONE, EXHAUSTED, BLOCKED, CANCELED or
 *     EXPIRED
 * @param note why the contact waits or was closed, in words (a compliance deferral…)
 * @param lastCallId the contact's latest call, whose transcript the demo shows; null before one
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ContactView(
    String phone,
    String state,
    Integer attempts,
    String lastDisposition,
    String note,
    String lastCallId) {

  ContactView(String phone, String state, Integer attempts, String lastDisposition, String note) {
    this(phone, state, attempts, lastDisposition, note, null);
  }

  int attemptsOrZero() {
    return attempts == null ? 0 : attempts;
  }
}
