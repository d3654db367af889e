package dev.dialer.api.transcript;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/calls/{id}/transcript}: the turns the media worker stored for the call. */
@RestController
class TranscriptController {

  private final TranscriptQueries transcripts;

  TranscriptController(TranscriptQueries transcripts) {
    this.transcripts = transcripts;
  }

  @GetMapping(path = "/api/calls/{callId}/transcript", produces = MediaType.APPLICATION_JSON_VALUE)
  TranscriptView transcript(@PathVariable String callId) {
    return transcripts.find(callId);
  }
}
