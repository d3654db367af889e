package dev.dialer.api.recording;

import dev.dialer.activities.call.CallLedger;
import dev.dialer.api.web.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/calls/{id}/recording}: a 302 to Twilio's media, or the sim's WAV streamed
 * through, since the sim's media needs the account's credentials that the browser must not see.
 */
@RestController
class RecordingController {

  private static final Logger log = LoggerFactory.getLogger(RecordingController.class);
  private static final MediaType WAV = MediaType.parseMediaType("audio/wav");

  private final CallLedger ledger;
  private final RecordingStore recordings;
  private final RecordingMedia media;

  RecordingController(CallLedger ledger, RecordingStore recordings, RecordingMedia media) {
    this.ledger = ledger;
    this.recordings = recordings;
    this.media = media;
  }

  @GetMapping("/api/calls/{callId}/recording")
  ResponseEntity<InputStreamResource> recording(@PathVariable String callId) {
    if (ledger.find(callId).isEmpty()) {
      throw new ApiException(
          HttpStatus.NOT_FOUND, "CALL_NOT_FOUND", "No call with id '" + callId + "'.", null);
    }
    CallRecording recording =
        recordings
            .latest(callId)
            .filter(r -> "completed".equals(r.status()) && r.mediaUrl() != null)
            .orElseThrow(() -> noRecording(callId));
    if (!media.proxied()) {
      return ResponseEntity.status(HttpStatus.FOUND)
          .location(URI.create(RecordingMedia.wav(recording.mediaUrl())))
          .build();
    }
    HttpResponse<InputStream> fetched;
    try {
      fetched = media.fetch(recording.mediaUrl());
    } catch (IOException | RuntimeException e) {
      throw unavailable(recording, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(recording, e);
    }
    if (fetched.statusCode() != 200) {
      discard(fetched.body());
      throw unavailable(recording, new IOException("HTTP " + fetched.statusCode()));
    }
    var response = ResponseEntity.ok().contentType(WAV);
    fetched.headers().firstValueAsLong("Content-Length").ifPresent(response::contentLength);
    return response.body(new InputStreamResource(fetched.body()));
  }

  private static void discard(InputStream body) {
    try {
      body.close();
    } catch (IOException e) {
      log.debug("closing a refused recording fetch failed: {}", e.toString());
    }
  }

  private static ApiException noRecording(String callId) {
    return new ApiException(
        HttpStatus.NOT_FOUND,
        "NO_RECORDING",
        "Call '"
            + callId
            + "' has no recording: it was not placed with record (single call) or recording"
            + " (campaign) set, or Twilio has not reported a completed recording yet.",
        null);
  }

  private static ApiException unavailable(CallRecording recording, Exception e) {
    log.warn("recording {} could not be fetched from the sim: {}", recording.sid(), e.toString());
    return new ApiException(
        HttpStatus.BAD_GATEWAY,
        "RECORDING_UNAVAILABLE",
        "Recording " + recording.sid() + " could not be fetched from Twilio; try again.",
        null);
  }
}
