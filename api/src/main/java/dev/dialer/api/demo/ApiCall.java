package dev.dialer.api.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of the api's call resource the demo shows; {@code disposition} is null until done. A
 * call compliance refused is {@code not-dialed}, says why in {@code complianceReason} and, unless
 * it may never be called, when it may be in {@code nextAllowedAt} (an ISO-8601 instant).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ApiCall(
    String callId,
    String to,
    String status,
    String disposition,
    Integer duration,
    String nextAllowedAt,
    String complianceReason) {

  ApiCall(String callId, String to, String status, String disposition, Integer duration) {
    this(callId, to, status, disposition, duration, null, null);
  }

  boolean done() {
    return disposition != null;
  }
}
