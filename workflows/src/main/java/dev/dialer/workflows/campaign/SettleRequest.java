package dev.dialer.workflows.campaign;

import java.util.List;

public record SettleRequest(String campaignId, List<String> callIds) {

  public SettleRequest {
    callIds = callIds == null ? List.of() : List.copyOf(callIds);
  }
}
