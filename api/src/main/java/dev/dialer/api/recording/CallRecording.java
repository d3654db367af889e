package dev.dialer.api.recording;

/**
 * A recording as Twilio reported it in its RecordingStatusCallback.
 *
 * @param mediaUrl Twilio's {@code RecordingUrl}: the media without an extension (WAV)
 * @param durationSeconds {@code RecordingDuration}, null until the recording is completed
 */
public record CallRecording(
    String sid,
    String callId,
    String callSid,
    String status,
    String mediaUrl,
    Integer durationSeconds,
    Integer channels) {}
