package dev.dialer.api.call;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/calls", produces = MediaType.APPLICATION_JSON_VALUE)
class CallController {

  private final CallService calls;

  CallController(CallService calls) {
    this.calls = calls;
  }

  /** A call with retries runs as a campaign, which the Location points to. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CallAccepted> start(
      @RequestBody(required = false) StartCallRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    CallAccepted accepted = calls.start(request, idempotencyKey);
    var response = ResponseEntity.status(HttpStatus.ACCEPTED);
    if (accepted.campaignId() != null) {
      response.location(URI.create("/api/campaigns/" + accepted.campaignId()));
    }
    return response.body(accepted);
  }

  @GetMapping("/{callId}")
  CallView get(@PathVariable String callId) {
    return calls.get(callId);
  }

  @GetMapping
  CallList list(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(defaultValue = "0") int offset) {
    return calls.list(status, limit, offset);
  }

  @PostMapping("/{callId}/end")
  @ResponseStatus(HttpStatus.ACCEPTED)
  CallAccepted end(@PathVariable String callId) {
    return calls.end(callId, null);
  }
}
