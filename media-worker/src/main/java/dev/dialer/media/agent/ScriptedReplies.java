package dev.dialer.media.agent;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;

/**
 * What the scripted agent says, as a pure function of the call's context, how many times it has
 * spoken and the callee's last words. Deterministic, so tests and benchmarks know every reply.
 */
final class ScriptedReplies {

  /** The context's number the operator's instructions name for transfers, if any. */
  static final String TRANSFER_TO = "transferTo";

  private final JsonNode context;
  private final Map<String, String> parameters;
  private final Script script;

  ScriptedReplies(JsonNode context, Map<String, String> parameters) {
    this.context = context;
    this.parameters = parameters;
    this.script = Script.of(context.path("purpose").asText(null), parameters);
  }

  /**
   * @param agentTurns how many replies the agent gave before this one
   * @param callee the callee's last words, null before they said anything
   */
  String reply(int agentTurns, String callee) {
    if (agentTurns == 0 || callee == null) {
      return opening();
    }
    String words = callee.toLowerCase(Locale.ROOT);
    if (has(words, "stop", "don't call", "do not call", "remove me")) {
      return "Understood. I have removed your number from our calling list, and you will not be"
          + " called again. Goodbye. [[opt_out]]";
    }
    if (has(words, "wrong number", "wrong person")) {
      return "I am sorry for the trouble. I will note that this is the wrong number. Goodbye."
          + " [[end_call]]";
    }
    if (has(words, "call me back", "call back", "callback")) {
      return "Of course, I will note that you would like a call back. Thank you, goodbye."
          + " [[end_call]]";
    }
    if (has(words, "exact balance", "late fee")) {
      return "Let me check that for you. [[request_user:" + callee.strip() + "]]";
    }
    if (has(words, "a person", "real person", "human", "representative", "real agent")) {
      String transferTo = context.path(TRANSFER_TO).asText("");
      if (!transferTo.isBlank()) {
        return "Of course, let me get you a colleague. [[transfer:" + transferTo + "]]";
      }
      return "Let me check who can help you. [[request_user:The callee asks for a person]]";
    }
    return switch (script) {
      case PAYMENT_REMINDER -> paymentAnswer(words, callee);
      case APPOINTMENT_CONFIRMATION -> appointmentAnswer(words);
      case FOLLOW_UP -> "Thank you for your time, that is all I needed. Goodbye. [[end_call]]";
    };
  }

  private String opening() {
    String name = parameters.getOrDefault("customerName", context.path("contactName").asText(""));
    String first = context.path("firstMessage").asText("");
    String greeting =
        !first.isBlank() ? first : name.isBlank() ? "Hello." : "Hello " + name.strip() + ".";
    String business = context.path("businessName").asText("us");
    String key = context.path("optOutKey").asText("9");
    String disclosure =
        " This is an automated AI voice assistant calling for "
            + business
            + ". You can say stop or press "
            + key
            + " at any time to opt out. "
            + (context.path("recorded").asBoolean(false) ? "This call is recorded. " : "");
    return greeting + disclosure + purposeLine();
  }

  private String purposeLine() {
    return switch (script) {
      case PAYMENT_REMINDER ->
          "I am calling about your payment of "
              + parameters.getOrDefault("amount", "your balance")
              + " due on "
              + parameters.getOrDefault("dueDate", "its due date")
              + ". When will you be able to pay? Press 1 if you can pay today.";
      case APPOINTMENT_CONFIRMATION ->
          "I am calling to confirm your appointment on "
              + parameters.getOrDefault("appointmentDate", "the scheduled date")
              + ". Press 1 or say yes to confirm, or tell me if you need to reschedule or cancel.";
      case FOLLOW_UP ->
          "I am following up on "
              + parameters.getOrDefault("callReason", "your recent request")
              + ". Is everything taken care of? Press 1 for yes.";
    };
  }

  private String paymentAnswer(String words, String callee) {
    String amount = parameters.getOrDefault("amount", "the amount due");
    String when = words.contains("pressed 1") ? "today" : "as you said: " + callee.strip();
    return "Thank you. I have noted your promise to pay "
        + amount
        + ", "
        + when
        + ". Have a good day, goodbye. [[end_call]]";
  }

  private String appointmentAnswer(String words) {
    String date = parameters.getOrDefault("appointmentDate", "the scheduled date");
    if (has(words, "reschedule")) {
      return "No problem, I will note that you would like to reschedule. Goodbye. [[end_call]]";
    }
    if (has(words, "cancel")) {
      return "I have noted that you want to cancel your appointment on "
          + date
          + ". Goodbye. [[end_call]]";
    }
    return "Great, your appointment on " + date + " is confirmed. Goodbye. [[end_call]]";
  }

  private static boolean has(String words, String... phrases) {
    for (String phrase : phrases) {
      if (words.contains(phrase)) {
        return true;
      }
    }
    return false;
  }
}
