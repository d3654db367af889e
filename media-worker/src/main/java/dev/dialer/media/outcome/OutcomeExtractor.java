package dev.dialer.media.outcome;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/**
 * The langchain4j AI service that reads a finished call's transcript, one method per purpose. The
 * call's local time is in the prompt so that the model resolves "tomorrow at 5 pm" against it.
 */
interface OutcomeExtractor {

  String SYSTEM =
      "You read the transcript of a finished phone call between an automated agent and a callee"
          + " and report what the callee said, as JSON. Report only what the callee said or"
          + " clearly agreed to. Resolve relative dates and times (\"tomorrow at 5 pm\", \"on"
          + " Friday\") against the call's local time; give dates and times in the callee's local"
          + " time, without a zone.";

  String USER =
      "Purpose: {{purpose}}\nCall time: {{callTime}}\nTranscript:\n{{transcript}}\n"
          + "End of transcript.";

  @SystemMessage(SYSTEM)
  @UserMessage(USER)
  PaymentFacts payment(
      @V("purpose") String purpose,
      @V("callTime") String callTime,
      @V("transcript") String transcript);

  @SystemMessage(SYSTEM)
  @UserMessage(USER)
  AppointmentFacts appointment(
      @V("purpose") String purpose,
      @V("callTime") String callTime,
      @V("transcript") String transcript);

  @SystemMessage(SYSTEM)
  @UserMessage(USER)
  CallFacts call(
      @V("purpose") String purpose,
      @V("callTime") String callTime,
      @V("transcript") String transcript);
}
