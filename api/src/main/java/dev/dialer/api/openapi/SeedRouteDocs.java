package dev.dialer.api.openapi;

import java.util.Map;

/** The seed-compatible routes (README "Coming from …"), in each seed's own shapes. */
final class SeedRouteDocs {

  static final Map<String, RouteDoc> ROUTES =
      Map.ofEntries(
          Map.entry(
              "POST /outbound-call",
              RouteDoc.of(
                  "Seed 000: place a call",
                  """
                  {"user_id":"user123","number":"+12125550101",\
                  "prompt":"You are a helpful customer service agent",\
                  "first_message":"Hello! How can I help you today?"}""",
                  "{\"success\":true,\"message\":\"Call initiated\",\"callSid\":\"c-1f0e\"}")),
          Map.entry(
              "POST /end-call",
              RouteDoc.of(
                  "Seed 000: end a call",
                  "{\"callSid\":\"c-1f0e\",\"user_id\":\"user123\"}",
                  "{\"success\":true,\"message\":\"Call ended successfully\"}")),
          Map.entry(
              "GET /call-status",
              RouteDoc.of(
                  "Seed 000: a call's status",
                  null,
                  """
                  {"success":true,"callSid":"c-1f0e","status":"in-progress",\
                  "startTime":"2026-12-01T15:00:01Z","endTime":null,"duration":null}""")),
          Map.entry(
              "POST /call",
              RouteDoc.of(
                  "Seed 002: place a call",
                  """
                  {"phone_number":"+12125550101","customer_name":"John Doe",\
                  "appointment_date":"2026-12-15","appointment_time":"2:00 PM"}""",
                  """
                  {"call_id":"c-1f0e","status":"initiated",\
                  "message":"Call to +12125550101 has been initiated"}""")),
          Map.entry(
              "GET /call/{call_id}",
              RouteDoc.of(
                  "Seed 002: a call's status",
                  null,
                  """
                  {"status":"connected","phone_number":"+12125550101","customer_name":"John Doe",\
                  "appointment_date":"2026-12-15","appointment_time":"2:00 PM",\
                  "custom_instructions":null,"room_name":"call-c-1f0e",\
                  "message":"Call in-progress"}""")),
          Map.entry(
              "GET /calls",
              RouteDoc.of(
                  "Seed 002: all calls by id",
                  null,
                  "{\"calls\":{\"c-1f0e\":{\"status\":\"connected\",\"phone_number\":\"+12125550101\"}}}")),
          Map.entry(
              "GET /health",
              RouteDoc.of(
                  "Seed 002: liveness",
                  null,
                  "{\"status\":\"healthy\",\"message\":\"dialer API is running\"}")),
          Map.entry(
              "GET /healthz",
              RouteDoc.of(
                  "Seed 001: liveness with uptime (s) and calls in progress",
                  null,
                  "{\"status\":\"ok\",\"uptime\":1234,\"activeCalls\":0}")),
          Map.entry(
              "POST /api/outbound-call",
              RouteDoc.of(
                  "Seed 004: place a call",
                  """
                  {"to":"+12125550101","customParameters":{"customerName":"Sarah Johnson",\
                  "accountId":"ACC78910"}}""",
                  """
                  {"callSid":"c-1f0e","status":"queued","to":"+12125550101",\
                  "from":"+14155550100"}""")),
          Map.entry(
              "POST /api/outbound-call-twiml",
              RouteDoc.of(
                  "Seed 004's TwiML path: Twilio's voice webhook (signed), as /twilio/voice",
                  "CallSid=CA5e1b0a9c3d&CallStatus=in-progress",
                  "<Response><Connect><ConversationRelay url=\"wss://…/relay\"/></Connect></Response>")),
          Map.entry(
              "POST /api/call-status",
              RouteDoc.of(
                  "Seed 004's status path: Twilio's status callback (signed), as /twilio/status",
                  "CallSid=CA5e1b0a9c3d&CallStatus=completed&SequenceNumber=3",
                  null)));

  private SeedRouteDocs() {}
}
