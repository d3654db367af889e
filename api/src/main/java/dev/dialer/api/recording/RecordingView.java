package dev.dialer.api.recording;

/**
 * A call's recording in {@code GET /api/calls/{id}}; {@code url} is the API's own route to the
 * audio, never Twilio's (which needs the account's credentials).
 */
public record RecordingView(String sid, String status, Integer duration, String url) {

  public static RecordingView of(CallRecording recording) {
    return new RecordingView(
        recording.sid(),
        recording.status(),
        recording.durationSeconds(),
        "/api/calls/" + recording.callId() + "/recording");
  }
}
