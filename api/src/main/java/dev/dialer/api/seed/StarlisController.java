package dev.dialer.api.seed;

import dev.dialer.api.call.CallAccepted;
import dev.dialer.api.call.CallView;
import dev.dialer.api.call.StartCallRequest;
import dev.dialer.api.web.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Seed 000's routes (Starlis): {@code POST /outbound-call}, {@code POST /end-call}, {@code GET
 * /call-status}, answered in its shapes, errors as {@code {"success":false,"error":…}}.
 */
@RestController
class StarlisController {

  record OutboundCall(String user_id, String number, String prompt, String first_message) {}

  record EndCall(String callSid, String user_id) {}

  record Started(boolean success, String message, String callSid) {}

  record Ended(boolean success, String message) {}

  private final SeedCalls calls;

  StarlisController(SeedCalls calls) {
    this.calls = calls;
  }

  @PostMapping(
      path = "/outbound-call",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Started outboundCall(@RequestBody(required = false) OutboundCall body) {
    if (body == null || blank(body.user_id()) || blank(body.number())) {
      throw ApiException.invalid(
          body == null || blank(body.user_id()) ? "user_id" : "number",
          "User ID and phone number are required");
    }
    CallAccepted accepted =
        calls
            .service()
            .start(
                new StartCallRequest(
                    body.number(),
                    null,
                    Map.of("user_id", body.user_id()),
                    body.prompt(),
                    body.first_message(),
                    null,
                    null),
                null);
    return new Started(true, "Call initiated", accepted.callId());
  }

  @PostMapping(
      path = "/end-call",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Ended endCall(@RequestBody(required = false) EndCall body) {
    String callId = calls.callId("callSid", body == null ? null : body.callSid());
    calls.service().end(callId, "ended through /end-call");
    return new Ended(true, "Call ended successfully");
  }

  @GetMapping(path = "/call-status", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> callStatus(
      @RequestParam(required = false) String callSid,
      @RequestParam(name = "user_id", required = false) String userId) {
    CallView call = calls.view("callSid", callSid);
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("success", true);
    status.put("callSid", callSid);
    status.put("status", call.status());
    status.put("startTime", call.startTime());
    status.put("endTime", call.endTime());
    status.put("duration", call.duration());
    return status;
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Map<String, Object>> error(ApiException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("success", false);
    body.put("error", e.getMessage());
    if (e.field() != null) {
      body.put("field", e.field());
    }
    return ResponseEntity.status(e.status()).body(body);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
