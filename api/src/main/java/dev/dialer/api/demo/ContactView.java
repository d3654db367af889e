package dev.dialer.api.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One contact of {@code GET /api/campaigns/{id}/contacts}.
 *
 * @param state a ContactState name: PENDING, DIALING, RETRY, DONE, EXHAUSTED, BLOCKED, CANCELED or
 *     EXPIRED
 * @param note why the contact waits or was closed, in words (a compliance deferral…)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ContactView(
    String phone, String state, Integer attempts, String lastDisposition, String note) {

  int attemptsOrZero() {
    return attempts == null ? 0 : attempts;
  }
}
