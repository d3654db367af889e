package dev.dialer.media.outcome;

import dev.dialer.media.agent.Script;
import dev.dialer.workflows.conversation.CallOutcome;
import dev.dialer.workflows.conversation.CallbackRequested;
import dev.dialer.workflows.conversation.PromiseToPay;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads a finished call's outcome from its transcript through the configured model, and places the
 * local times it names in the callee's zone. A model that fails or answers what cannot be read
 * gives an outcome with only a summary, and the reason, instead of no outcome.
 */
@Component
public class OutcomeReader {

  private static final Logger log = LoggerFactory.getLogger(OutcomeReader.class);
  private static final DateTimeFormatter CALL_TIME =
      DateTimeFormatter.ofPattern("EEEE yyyy-MM-dd'T'HH:mm VV", Locale.US);

  private final OutcomeExtractor extractor;

  public OutcomeReader(ChatModel model) {
    this.extractor = AiServices.create(OutcomeExtractor.class, model);
  }

  /**
   * @param purpose the campaign's purpose (or null for a single call, read by its call type)
   * @param callTime when the call took place, in the callee's zone
   */
  public CallOutcome read(
      String callId, Script purpose, ZonedDateTime callTime, Transcript transcript) {
    String text = transcript.text();
    String time = CALL_TIME.format(callTime);
    try {
      return switch (purpose) {
        case PAYMENT_REMINDER -> payment(extractor.payment(purpose.name(), time, text), callTime);
        case APPOINTMENT_CONFIRMATION ->
            appointment(extractor.appointment(purpose.name(), time, text), callTime);
        case FOLLOW_UP -> call(extractor.call(purpose.name(), time, text), callTime);
      };
    } catch (RuntimeException e) {
      String reason = "the model's outcome could not be read: " + e;
      log.warn("call {}: {}", callId, reason);
      return CallOutcome.unknown(fallbackSummary(text), null, reason);
    }
  }

  private static CallOutcome payment(PaymentFacts facts, ZonedDateTime callTime) {
    PromiseFacts promise = facts.promiseToPay();
    return new CallOutcome(
        promise == null
            ? null
            : new PromiseToPay(blankToNull(promise.amount()), day(promise.date())),
        facts.disputed(),
        facts.paidAlready(),
        null,
        null,
        null,
        callback(facts.callbackRequested(), callTime),
        Boolean.TRUE.equals(facts.wrongPerson()),
        Boolean.TRUE.equals(facts.optedOut()),
        blankToNull(facts.openQuestion()),
        facts.summary(),
        null);
  }

  private static CallOutcome appointment(AppointmentFacts facts, ZonedDateTime callTime) {
    return new CallOutcome(
        null,
        null,
        null,
        facts.confirmed(),
        instant(facts.rescheduleTo(), callTime),
        facts.canceled(),
        callback(facts.callbackRequested(), callTime),
        Boolean.TRUE.equals(facts.wrongPerson()),
        Boolean.TRUE.equals(facts.optedOut()),
        blankToNull(facts.openQuestion()),
        facts.summary(),
        null);
  }

  private static CallOutcome call(CallFacts facts, ZonedDateTime callTime) {
    return new CallOutcome(
        null,
        null,
        null,
        null,
        null,
        null,
        callback(facts.callbackRequested(), callTime),
        Boolean.TRUE.equals(facts.wrongPerson()),
        Boolean.TRUE.equals(facts.optedOut()),
        blankToNull(facts.openQuestion()),
        facts.summary(),
        null);
  }

  private static CallbackRequested callback(CallbackFacts facts, ZonedDateTime callTime) {
    return facts == null ? null : new CallbackRequested(instant(facts.at(), callTime));
  }

  /** A local date-time (or an offset one, or a bare day at the call's time) as an instant. */
  static Instant instant(String text, ZonedDateTime callTime) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value)
            .atTime(callTime.toLocalTime().withSecond(0).withNano(0))
            .atZone(callTime.getZone())
            .toInstant();
      }
      if (value.endsWith("Z") || value.matches(".*[+-]\\d{2}:\\d{2}$")) {
        return java.time.OffsetDateTime.parse(value).toInstant();
      }
      return LocalDateTime.parse(value).atZone(callTime.getZone()).toInstant();
    } catch (DateTimeException e) {
      log.info("a time the model gave is not ISO: {}", value);
      return null;
    }
  }

  private static LocalDate day(String text) {
    if (text == null || text.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip().substring(0, 10));
    } catch (DateTimeException e) {
      log.info("a day the model gave is not ISO: {}", text);
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() || "null".equals(text) ? null : text;
  }

  private static String fallbackSummary(String transcript) {
    String[] lines = transcript.split("\n");
    for (int i = lines.length - 1; i >= 0; i--) {
      if (lines[i].startsWith("Callee")) {
        return "No reading of the call; its last callee line: " + lines[i];
      }
    }
    return "No reading of the call; the callee said nothing.";
  }
}
