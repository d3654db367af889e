package dev.dialer.api.seed;

import dev.dialer.api.call.CallAccepted;
import dev.dialer.api.call.StartCallRequest;
import dev.dialer.api.web.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Seed 004's create route (Twilio ConversationRelay outbound): {@code POST /api/outbound-call} →
 * {@code {callSid, status, to, from}}; errors {@code {"error":…}}. Its TwiML and status webhooks
 * are aliases on our Twilio controllers.
 */
@RestController
class TwilioOutboundController {

  record OutboundCall(String to, Map<String, String> customParameters) {}

  record Accepted(String callSid, String status, String to, String from) {}

  private final SeedCalls calls;

  TwilioOutboundController(SeedCalls calls) {
    this.calls = calls;
  }

  @PostMapping(
      path = "/api/outbound-call",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Accepted outboundCall(@RequestBody(required = false) OutboundCall body) {
    if (body == null || body.to() == null || body.to().isBlank()) {
      throw ApiException.invalid("to", "Missing required field: to");
    }
    CallAccepted accepted =
        calls
            .service()
            .start(
                new StartCallRequest(
                    body.to(), null, body.customParameters(), null, null, null, null),
                null);
    return new Accepted(accepted.callId(), accepted.status(), accepted.to(), accepted.from());
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Map<String, String>> error(ApiException e) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("error", e.getMessage());
    if (e.field() != null) {
      body.put("field", e.field());
    }
    return ResponseEntity.status(e.status()).body(body);
  }
}
