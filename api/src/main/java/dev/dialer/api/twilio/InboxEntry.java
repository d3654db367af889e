package dev.dialer.api.twilio;

import java.time.Instant;
import java.util.Map;

/** A stored webhook waiting to be signalled to its CallWorkflow. */
record InboxEntry(
    long id,
    String kind,
    String callId,
    Map<String, String> params,
    Instant receivedAt,
    int attempts) {

  static final String STATUS = "status";
  static final String AMD = "amd";

  /** Twilio's {@code <Connect action>} request: the ConversationRelay session ended. */
  static final String CONNECT_ACTION = "connect-action";

  /** Twilio's RecordingStatusCallback: written to the recording table, never signalled. */
  static final String RECORDING = "recording";
}
