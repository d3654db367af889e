package dev.dialer.api.call;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * @param callId null when the call runs as a one-contact campaign
 * @param campaignId that campaign; absent for a plain call
 */
public record CallAccepted(
    String callId,
    String status,
    String to,
    String from,
    @JsonInclude(JsonInclude.Include.NON_NULL) String campaignId) {

  CallAccepted(String callId, String status, String to, String from) {
    this(callId, status, to, from, null);
  }
}
