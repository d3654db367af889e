package dev.dialer.api.seed;

import dev.dialer.api.security.ApiPrincipal;
import dev.dialer.api.supervisor.CallUpdates;
import dev.dialer.api.supervisor.OverrideResponse;
import dev.dialer.api.web.ApiException;
import dev.dialer.api.web.E164;
import dev.dialer.workflows.call.ClarificationReply;
import dev.dialer.workflows.call.OverrideResult;
import dev.dialer.workflows.call.SupervisorOverride;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Seed 001's (Phony) supervisor controls, {@code POST /override/{text,dtmf,end,transfer,
 * clarification}} with the call named by {@code callSid}: the same Updates as {@code
 * /api/calls/{id}/override/*}, audited the same way ({@code supervisor_action}), answered {@code
 * {status, message}} and failing as {@code {"error":{code, message, details}}}.
 */
@RestController
class PhonyOverrideController {

  /** Every seed 001 override body: the fields each route reads. */
  record PhonyOverride(String callSid, String text, String digit, String target, String response) {}

  record Done(String status, String message) {}

  private static final String TRANSFER = "transfer";

  private final SeedCalls calls;
  private final CallUpdates updates;

  PhonyOverrideController(SeedCalls calls, CallUpdates updates) {
    this.calls = calls;
    this.updates = updates;
  }

  @PostMapping(path = "/override/text", consumes = MediaType.APPLICATION_JSON_VALUE)
  Done text(
      @RequestBody(required = false) PhonyOverride body,
      @AuthenticationPrincipal ApiPrincipal who) {
    if (body == null || body.text() == null || body.text().isBlank()) {
      throw ApiException.invalid("text", "'text' is required: the line the agent should say.");
    }
    String text = body.text().strip();
    return done(override(callId(body), who, SupervisorOverride.TEXT, text), "Text sent to caller");
  }

  @PostMapping(path = "/override/dtmf", consumes = MediaType.APPLICATION_JSON_VALUE)
  Done dtmf(
      @RequestBody(required = false) PhonyOverride body,
      @AuthenticationPrincipal ApiPrincipal who) {
    String digit = body == null ? null : body.digit();
    if (digit == null || !digit.matches("[0-9*#]")) {
      throw ApiException.invalid(
          "digit", "Invalid digit (must be 0-9, *, or #), got '" + digit + "'.");
    }
    return done(override(callId(body), who, SupervisorOverride.DTMF, digit), "DTMF digit sent");
  }

  @PostMapping(path = "/override/end", consumes = MediaType.APPLICATION_JSON_VALUE)
  Done end(
      @RequestBody(required = false) PhonyOverride body,
      @AuthenticationPrincipal ApiPrincipal who) {
    return done(override(callId(body), who, SupervisorOverride.END, null), "Call ended");
  }

  /** The call workflow refuses an action it does not know (400) until it learns to transfer. */
  @PostMapping(path = "/override/transfer", consumes = MediaType.APPLICATION_JSON_VALUE)
  Done transfer(
      @RequestBody(required = false) PhonyOverride body,
      @AuthenticationPrincipal ApiPrincipal who) {
    String target = E164.of("target", body == null ? null : body.target());
    return done(override(callId(body), who, TRANSFER, target), "Call transferred to " + target);
  }

  @PostMapping(path = "/override/clarification", consumes = MediaType.APPLICATION_JSON_VALUE)
  Done clarification(
      @RequestBody(required = false) PhonyOverride body,
      @AuthenticationPrincipal ApiPrincipal who) {
    if (body == null || body.response() == null || body.response().isBlank()) {
      throw ApiException.invalid("response", "'response' is required: the answer to speak.");
    }
    String response = body.response().strip();
    String callId = callId(body);
    String keyId = keyId(who);
    OverrideResponse result =
        updates.send(
            callId,
            keyId,
            "clarification",
            response,
            call -> call.answerClarification(new ClarificationReply(response, keyId)),
            "NO_PENDING_CLARIFICATION");
    return done(result, "Clarification sent to AI");
  }

  private String callId(PhonyOverride body) {
    return calls.callId("callSid", body == null ? null : body.callSid());
  }

  private OverrideResponse override(String callId, ApiPrincipal who, String action, String value) {
    String keyId = keyId(who);
    return updates.send(
        callId,
        keyId,
        action,
        value,
        call -> call.override(new SupervisorOverride(action, value, keyId)));
  }

  private static String keyId(ApiPrincipal who) {
    return who == null ? null : who.keyId();
  }

  /** The seed's message on success; ours when the action was not delivered (the call moved on). */
  private static Done done(OverrideResponse result, String seedMessage) {
    return OverrideResult.SUCCESS.equals(result.status())
        ? new Done(result.status(), seedMessage)
        : new Done(result.status(), result.message());
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Map<String, Object>> error(ApiException e) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", e.code());
    error.put("message", e.getMessage());
    error.put("details", e.field() == null ? Map.of() : Map.of("field", e.field()));
    return ResponseEntity.status(e.status()).body(Map.of("error", error));
  }
}
