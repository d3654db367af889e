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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Seed 002's routes (LiveKit voice agent): {@code POST /call}, {@code GET /call/{call_id}}, {@code
 * GET /calls}, {@code GET /health}. Its appointment fields travel as the call's custom parameters;
 * errors are FastAPI's {@code {"detail":…}}.
 */
@RestController
class LiveKitController {

  record MakeCall(
      String phone_number,
      String customer_name,
      String appointment_date,
      String appointment_time,
      String custom_instructions) {}

  record CallStarted(String call_id, String status, String message) {}

  record Health(String status, String message) {}

  record Calls(Map<String, Map<String, Object>> calls) {}

  private static final int LIST_LIMIT = 500;

  private final SeedCalls calls;

  LiveKitController(SeedCalls calls) {
    this.calls = calls;
  }

  @GetMapping(path = "/health", produces = MediaType.APPLICATION_JSON_VALUE)
  Health health() {
    return new Health("healthy", "dialer API is running");
  }

  @PostMapping(
      path = "/call",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  CallStarted call(@RequestBody(required = false) MakeCall body) {
    if (body == null || body.phone_number() == null || body.phone_number().isBlank()) {
      throw ApiException.invalid("phone_number", "phone_number is required");
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    put(parameters, "customer_name", body.customer_name());
    put(parameters, "appointment_date", body.appointment_date());
    put(parameters, "appointment_time", body.appointment_time());
    put(parameters, "custom_instructions", body.custom_instructions());
    CallAccepted accepted =
        calls
            .service()
            .start(
                new StartCallRequest(body.phone_number(), null, parameters, null, null, null, null),
                null);
    return new CallStarted(
        accepted.callId(), "initiated", "Call to " + accepted.to() + " has been initiated");
  }

  @GetMapping(path = "/call/{call_id}", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> get(@PathVariable("call_id") String callId) {
    return shape(calls.view("call_id", callId));
  }

  @GetMapping(path = "/calls", produces = MediaType.APPLICATION_JSON_VALUE)
  Calls list() {
    Map<String, Map<String, Object>> all = new LinkedHashMap<>();
    calls.service().list(null, LIST_LIMIT, 0).calls().forEach(c -> all.put(c.callId(), shape(c)));
    return new Calls(all);
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Map<String, String>> error(ApiException e) {
    return ResponseEntity.status(e.status()).body(Map.of("detail", e.getMessage()));
  }

  private static Map<String, Object> shape(CallView call) {
    Map<String, String> p = call.customParameters() == null ? Map.of() : call.customParameters();
    Map<String, Object> shaped = new LinkedHashMap<>();
    shaped.put("status", SeedStatus.liveKit(call.status()));
    shaped.put("phone_number", call.to());
    shaped.put("customer_name", p.get("customer_name"));
    shaped.put("appointment_date", p.get("appointment_date"));
    shaped.put("appointment_time", p.get("appointment_time"));
    shaped.put("custom_instructions", p.get("custom_instructions"));
    shaped.put("room_name", "call-" + call.callId());
    shaped.put(
        "message",
        call.disposition() == null ? "Call " + call.status() : "Call ended: " + call.disposition());
    return shaped;
  }

  private static void put(Map<String, String> parameters, String key, String value) {
    if (value != null) {
      parameters.put(key, value);
    }
  }
}
