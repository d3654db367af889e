package dev.dialer.sim.recording;

import dev.dialer.sim.SimProperties;
import dev.dialer.sim.error.TwilioApiException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A recording's media, behind the account's Basic auth like the rest of {@code
 * /2010-04-01/Accounts/**}: the RecordingUrl as given (WAV, Twilio's default) or with {@code .wav}.
 */
@RestController
class RecordingsController {

  private static final MediaType WAV = MediaType.parseMediaType("audio/x-wav");

  private final Recordings recordings;
  private final SimProperties properties;

  RecordingsController(Recordings recordings, SimProperties properties) {
    this.recordings = recordings;
    this.properties = properties;
  }

  @GetMapping({
    "/2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}",
    "/2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}.wav"
  })
  ResponseEntity<byte[]> media(@PathVariable("RecordingSid") String sid) {
    SimRecording recording =
        recordings
            .find(sid)
            .orElseThrow(
                () ->
                    TwilioApiException.notFound(
                        "/2010-04-01/Accounts/"
                            + properties.accountSid()
                            + "/Recordings/"
                            + sid
                            + ".wav"));
    return ResponseEntity.ok().contentType(WAV).body(recording.wav());
  }
}
