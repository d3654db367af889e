package dev.dialer.api.openapi;

import java.util.Map;

/**
 * The summary and examples of every /api route, keyed "METHOD /pattern" as Spring MVC maps it.
 * {@code OpenApiDocsTest} fails for a handler that has no entry here.
 */
final class RouteDocs {

  private static final String CALL =
      """
      {"callId":"c-1f0e","callSid":"CA5e1b0a9c3d","status":"completed","disposition":"HUMAN",\
      "to":"+12125550101","from":"+14155550100","createdAt":"2026-12-01T15:00:00Z",\
      "startTime":"2026-12-01T15:00:01Z","answerTime":"2026-12-01T15:00:06Z",\
      "endTime":"2026-12-01T15:01:10Z","duration":64,"answeredBy":"human",\
      "customParameters":{"invoice":"INV-7"},"outcome":{"promiseToPay":{"amount":"$120.00",\
      "date":"2026-12-04"},"callbackRequested":null,"wrongPerson":false,"optedOut":false,\
      "summary":"The callee promised to pay $120.00 on 2026-12-04."}}""";
  private static final String CAMPAIGN =
      """
      {"id":"cmp-7a2","name":"December reminders","purpose":"PAYMENT_REMINDER","status":"RUNNING",\
      "counts":{"contacts":2,"byState":{"PENDING":1,"DONE":1},"byDisposition":{"HUMAN":1},\
      "byOutcome":{"promiseToPay":1}},\
      "attempts":1,"callsInFlight":0,"currentCps":0.1,"createdAt":"2026-12-01T15:00:00Z",\
      "startedAt":"2026-12-01T15:00:02Z"}""";
  private static final String ACK = "{\"id\":\"cmp-7a2\",\"status\":\"RUNNING\"}";
  private static final String REASON = "{\"reason\":\"customer asked for a pause\"}";
  private static final String DNC =
      """
      {"phone":"+12125550101","source":"api","reason":"asked not to be called",\
      "createdAt":"2026-12-01T15:00:00Z"}""";

  static final Map<String, RouteDoc> ROUTES =
      Map.ofEntries(
          Map.entry(
              "POST /api/calls",
              RouteDoc.of(
                  "Place one call (with retry: a one-contact campaign)",
                  "{\"to\":\"+12125550101\",\"customParameters\":{\"invoice\":\"INV-7\"}}",
                  """
                  {"callId":"c-1f0e","status":"queued","to":"+12125550101",\
                  "from":"+14155550100"}""")),
          Map.entry(
              "GET /api/calls",
              RouteDoc.of(
                  "List calls, newest first",
                  null,
                  "{\"total\":1,\"limit\":50,\"offset\":0,\"calls\":[" + CALL + "]}")),
          Map.entry("GET /api/calls/{callId}", RouteDoc.of("One call with its events", null, CALL)),
          Map.entry(
              "GET /api/calls/{callId}/history",
              RouteDoc.of(
                  "The call's Temporal workflow history, event by event",
                  null,
                  """
                  {"workflowId":"call:c-1f0e","runId":"5b0c…","events":[{"eventId":1,\
                  "time":"2026-12-01T15:00:00Z","kind":"WORKFLOW_EXECUTION_STARTED",\
                  "summary":"started on task queue dialer"}]}""")),
          Map.entry(
              "GET /api/campaigns/{id}/history",
              RouteDoc.of(
                  "The campaign's Temporal workflow history, event by event",
                  null,
                  """
                  {"workflowId":"campaign:cmp-7a2","runId":"9d1e…","events":[{"eventId":1,\
                  "time":"2026-12-01T15:00:02Z","kind":"WORKFLOW_EXECUTION_STARTED",\
                  "summary":"started on task queue dialer"}]}""")),
          Map.entry(
              "GET /api/me",
              RouteDoc.of(
                  "Who this key is: its non-secret id and its role; where Temporal UI is"
                      + " (TEMPORAL_UI_URL, null when unset) and the workflows' namespace",
                  null,
                  "{\"keyId\":\"admin-1a2b3c4d\",\"role\":\"admin\",\"temporalUiUrl\":"
                      + "\"http://127.0.0.1:8233\",\"temporalNamespace\":\"default\"}")),
          Map.entry(
              "POST /api/calls/{callId}/override/text",
              RouteDoc.of(
                  "Supervisor: have the agent say a line now (kept in its memory)",
                  "{\"text\":\"Your balance is $120.50.\"}",
                  """
                  {"status":"success","message":"The agent says it now.","auditId":17}""")),
          Map.entry(
              "POST /api/calls/{callId}/override/dtmf",
              RouteDoc.of(
                  "Supervisor: press a key on the call (0-9, *, #)",
                  "{\"digit\":\"5\"}",
                  """
                  {"status":"success","message":"Pressed 5.","auditId":18}""")),
          Map.entry(
              "POST /api/calls/{callId}/override/transfer",
              RouteDoc.of(
                  "Supervisor: hand the live call to one of its transfer numbers (E.164)",
                  "{\"target\":\"+14155550199\"}",
                  """
                  {"status":"success","message":"Transferring to +14155550199.","auditId":21}""")),
          Map.entry(
              "POST /api/calls/{callId}/override/end",
              RouteDoc.of(
                  "Supervisor: end the live call",
                  null,
                  """
                  {"status":"success","message":"The call is ending.","auditId":19}""")),
          Map.entry(
              "POST /api/calls/{callId}/override/clarification",
              RouteDoc.of(
                  "Supervisor: answer the agent's pending question; it speaks the answer",
                  "{\"response\":\"The late fee is waived this month.\"}",
                  """
                  {"status":"success","message":"The agent has the answer.","auditId":20}""")),
          Map.entry(
              "GET /api/clarifications",
              RouteDoc.of(
                  "Questions the agents asked a supervisor, by status (pending, answered, timed_out)",
                  null,
                  """
                  {"clarifications":[{"callId":"c-1f0e","number":1,"campaignId":"cmp-7a2",\
                  "contactId":42,"question":"What is my exact balance?","status":"pending",\
                  "waitingSince":"2026-12-01T15:00:30Z","timesOutAt":"2026-12-01T15:01:15Z"}]}""")),
          Map.entry(
              "POST /api/calls/{callId}/listen",
              RouteDoc.of(
                  "Listen to a live call: starts its media stream, returns the socket to open",
                  null,
                  """
                  {"callId":"c-1f0e","streamSid":"MZ5e1b0a9c3d",\
                  "url":"ws://127.0.0.1:8081/listen?callId=c-1f0e&token=v1.1796137200.x",\
                  "expiresAt":"2026-12-01T15:01:00Z"}""")),
          Map.entry(
              "GET /api/calls/{callId}/recording",
              RouteDoc.of(
                  "The call's recording: a 302 to Twilio's WAV, or the sim's WAV streamed",
                  null,
                  """
                  {"error":{"code":"NO_RECORDING","message":"Call 'c-1f0e' has no recording.",\
                  "field":null}}""")),
          Map.entry(
              "GET /api/calls/{callId}/transcript",
              RouteDoc.of(
                  "What was said on a call, turn by turn",
                  null,
                  """
                  {"callId":"c-1f0e","turns":[{"seq":1,"speaker":"agent",\
                  "text":"Hello Ada, this is a reminder about invoice INV-7.",\
                  "interrupted":false,"startedAt":"2026-12-01T15:00:07Z"}]}""")),
          Map.entry(
              "POST /api/calls/{callId}/end",
              RouteDoc.of(
                  "Hang up a call in progress",
                  null,
                  """
                  {"callId":"c-1f0e","status":"ending","to":"+12125550101",\
                  "from":"+14155550100"}""")),
          Map.entry(
              "POST /api/campaigns",
              RouteDoc.of(
                  "Create a campaign (optionally with contacts, optionally started)",
                  """
                  {"name":"December reminders","purpose":"PAYMENT_REMINDER",\
                  "pacing":{"callsPerSecond":5,"maxConcurrentCalls":50},\
                  "retry":{"maxAttempts":3,"delays":{"NO_ANSWER":"PT2H","BUSY":"PT10M"}}}""",
                  "{\"id\":\"cmp-7a2\",\"status\":\"DRAFT\"}")),
          Map.entry(
              "GET /api/campaigns",
              RouteDoc.of(
                  "List campaigns",
                  null,
                  """
                  {"total":1,"limit":50,"offset":0,"campaigns":[{"id":"cmp-7a2",\
                  "name":"December reminders","purpose":"PAYMENT_REMINDER","status":"RUNNING",\
                  "createdAt":"2026-12-01T15:00:00Z"}]}""")),
          Map.entry(
              "GET /api/campaigns/{id}",
              RouteDoc.of("A campaign with its counts, pace and ETA", null, CAMPAIGN)),
          Map.entry(
              "PATCH /api/campaigns/{id}",
              RouteDoc.of(
                  "Change pacing, schedule or retries, also while running",
                  "{\"pacing\":{\"callsPerSecond\":2}}",
                  CAMPAIGN)),
          Map.entry("POST /api/campaigns/{id}/start", RouteDoc.of("Start a campaign", null, ACK)),
          Map.entry(
              "POST /api/campaigns/{id}/pause",
              RouteDoc.of(
                  "Pause: no new dials, calls in progress go on",
                  REASON,
                  "{\"id\":\"cmp-7a2\",\"status\":\"PAUSED\"}")),
          Map.entry(
              "POST /api/campaigns/{id}/resume",
              RouteDoc.of("Resume a paused campaign", REASON, ACK)),
          Map.entry(
              "POST /api/campaigns/{id}/cancel",
              RouteDoc.of(
                  "Cancel: pending contacts end, calls in progress go on",
                  REASON,
                  "{\"id\":\"cmp-7a2\",\"status\":\"CANCELLED\"}")),
          Map.entry(
              "POST /api/campaigns/{id}/contacts",
              RouteDoc.of(
                  "Upload contacts (text/csv, or a JSON array)",
                  "phone,name,account\n+12125550101,Ada,A-1\n(808) 555-0106,Ben,A-2\n",
                  """
                  {"accepted":2,"duplicates":0,"rejected":[{"row":4,"field":"phone",\
                  "error":"'12' is not a phone number."}],"rejectedCount":1}""")),
          Map.entry(
              "GET /api/campaigns/{id}/contacts",
              RouteDoc.of(
                  "A campaign's contacts with their state",
                  null,
                  """
                  {"total":1,"limit":50,"offset":0,"contacts":[{"contactId":1,"row":2,\
                  "phone":"+12125550101","name":"Ada","state":"DONE","attempts":1,\
                  "lastDisposition":"HUMAN","lastCallId":"c-1f0e"}]}""")),
          Map.entry(
              "GET /api/campaigns/{id}/report.csv",
              RouteDoc.of(
                  "A campaign's report, one CSV line per contact",
                  null,
                  "row,phone,name,state,attempts,disposition\n2,+12125550101,Ada,DONE,1,HUMAN\n")),
          Map.entry(
              "GET /api/campaigns/{id}/events",
              RouteDoc.of(
                  "A campaign's events, oldest first",
                  null,
                  """
                  {"events":[{"kind":"STARTED","message":"started by admin",\
                  "at":"2026-12-01T15:00:02Z"}]}""")),
          Map.entry(
              "PUT /api/campaigns/{campaignId}/dnc/{e164}",
              RouteDoc.of(
                  "Put a number on one campaign's do-not-call list",
                  "{\"source\":\"api\",\"reason\":\"asked not to be called\"}",
                  DNC)),
          Map.entry(
              "DELETE /api/campaigns/{campaignId}/dnc/{e164}",
              RouteDoc.of("Take a number off one campaign's do-not-call list", null, null)),
          Map.entry(
              "GET /api/dnc",
              RouteDoc.of(
                  "The internal do-not-call list",
                  null,
                  "{\"total\":1,\"limit\":50,\"offset\":0,\"entries\":[" + DNC + "]}")),
          Map.entry("GET /api/dnc/{e164}", RouteDoc.of("One do-not-call entry", null, DNC)),
          Map.entry(
              "PUT /api/dnc/{e164}",
              RouteDoc.of(
                  "Put a number on the internal do-not-call list",
                  "{\"source\":\"crm\",\"reason\":\"asked not to be called\"}",
                  DNC)),
          Map.entry(
              "DELETE /api/dnc/{e164}",
              RouteDoc.of("Take a number off the internal do-not-call list", null, null)),
          Map.entry(
              "POST /api/dnc/import",
              RouteDoc.of(
                  "Import a national registry snapshot, one number a line",
                  "2125550101\n8085550106\n",
                  """
                  {"imported":2,"duplicates":0,"rejectedCount":0,"rejected":[],\
                  "snapshotDate":"2026-12-01"}""")),
          Map.entry(
              "GET /api/compliance/rules",
              RouteDoc.of(
                  "The compliance rule table, with sources and effective dates",
                  null,
                  """
                  {"federal":["TCPA 08:00-21:00 callee local time"],"stateRules":[{"state":"FL",\
                  "purpose":"TELEMARKETING","effectiveFrom":"2023-07-01","weekdays":"08:00-20:00",\
                  "cap":"3 per 24h","source":"Fla. Stat. 501.059","verified":true}],\
                  "stateHolidays":[],"unverified":0}""")),
          Map.entry(
              "GET /api/compliance/check",
              RouteDoc.of(
                  "Whether a number may be called now, and by which rules",
                  null,
                  """
                  {"allowed":false,"blockedBy":"WINDOW","timeZones":["America/New_York"],\
                  "localTimes":{"America/New_York":"22:10"},"nextAllowedAt":"2026-12-02T13:00:00Z"}""")));

  private RouteDocs() {}
}
