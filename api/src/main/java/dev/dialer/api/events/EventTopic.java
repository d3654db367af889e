package dev.dialer.api.events;

/** What one event socket watches: one call, or one campaign and all its calls. */
record EventTopic(Kind kind, String id) {

  enum Kind {
    CALL,
    CAMPAIGN
  }

  static EventTopic call(String callId) {
    return callId == null || callId.isBlank() ? null : new EventTopic(Kind.CALL, callId);
  }

  static EventTopic campaign(String campaignId) {
    return campaignId == null || campaignId.isBlank()
        ? null
        : new EventTopic(Kind.CAMPAIGN, campaignId);
  }
}
