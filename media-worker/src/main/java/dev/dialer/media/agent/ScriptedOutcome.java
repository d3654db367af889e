package dev.dialer.media.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scripted model's answer to the outcome prompt: read from the transcript in the prompt, as a
 * model would, not made up. It knows the phrases the sim's personas and the scripted agent use.
 */
final class ScriptedOutcome {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PURPOSE = Pattern.compile("^Purpose: (\\S+)", Pattern.MULTILINE);
  private static final Pattern CALL_TIME =
      Pattern.compile("^Call time: \\S+ (\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2})", Pattern.MULTILINE);
  private static final Pattern MONEY = Pattern.compile("\\$\\s?\\d[\\d,]*(?:\\.\\d{2})?");
  private static final Pattern AGENT_AMOUNT = Pattern.compile("payment of (\\$?[\\d,.]*\\d)");
  private static final String FALLBACK_LINE = "get back to you on that";

  private final String purpose;
  private final LocalDateTime now;
  private final List<String> callee = new ArrayList<>();
  private final List<String> agent = new ArrayList<>();
  private final List<String> pressed = new ArrayList<>();
  private String openQuestion;

  private ScriptedOutcome(String prompt) {
    Matcher purposeLine = PURPOSE.matcher(prompt);
    purpose = purposeLine.find() ? purposeLine.group(1) : "";
    Matcher time = CALL_TIME.matcher(prompt);
    if (!time.find()) {
      throw new IllegalArgumentException("the outcome prompt names no call time");
    }
    now = LocalDateTime.parse(time.group(1));
    String lastQuestion = null;
    for (String line : transcript(prompt)) {
      if (line.startsWith("Callee pressed ")) {
        pressed.add(line.substring("Callee pressed ".length()));
      } else if (line.startsWith("Callee: ")) {
        String words = line.substring("Callee: ".length());
        callee.add(words);
        lastQuestion = words.contains("?") ? words : lastQuestion;
      } else if (line.startsWith("Agent: ")) {
        agent.add(line.substring("Agent: ".length()));
        if (line.contains(FALLBACK_LINE) && lastQuestion != null) {
          openQuestion = lastQuestion;
        }
      }
    }
  }

  /** The JSON the outcome reader asked for, for the purpose the prompt names. */
  static String answer(String prompt) {
    return new ScriptedOutcome(prompt).json().toString();
  }

  private ObjectNode json() {
    ObjectNode out = JSON.createObjectNode();
    String said = String.join(" ", callee).toLowerCase(Locale.ROOT);
    Script script = Script.of(purpose, Map.of());
    if (script == Script.PAYMENT_REMINDER) {
      payment(out, said);
    } else if (script == Script.APPOINTMENT_CONFIRMATION) {
      appointment(out, said);
    }
    Optional<String> callback = callback(said);
    if (callback.isPresent()) {
      out.putObject("callbackRequested")
          .put("at", callback.get().isEmpty() ? null : callback.get());
    }
    out.put("wrongPerson", has(said, "wrong number", "wrong person", "no one by that name"));
    out.put("optedOut", has(said, "stop calling", "don't call", "do not call", "remove me"));
    out.put("openQuestion", openQuestion);
    out.put("summary", summary(out));
    return out;
  }

  private void payment(ObjectNode out, String said) {
    boolean promised =
        pressed.contains("1") || (said.contains("pay") && !has(said, "can't pay", "cannot pay"));
    if (promised && !has(said, "already paid", "wrong number", "not my")) {
      ObjectNode promise = out.putObject("promiseToPay");
      promise.put("amount", amount(said));
      Optional<LocalDate> day =
          pressed.contains("1")
              ? Optional.of(now.toLocalDate())
              : RelativeTimes.day(said, now.toLocalDate());
      promise.put("date", day.map(LocalDate::toString).orElse(null));
    }
    out.put("disputed", has(said, "dispute", "don't owe", "do not owe", "not my debt"));
    out.put("paidAlready", has(said, "already paid"));
  }

  private void appointment(ObjectNode out, String said) {
    boolean reschedule = said.contains("reschedule");
    boolean cancel = said.contains("cancel");
    out.put(
        "confirmed",
        !reschedule
            && !cancel
            && (pressed.contains("1") || has(said, "yes", "confirm", "that works")));
    if (reschedule) {
      out.put(
          "rescheduleTo", RelativeTimes.when(said, now).map(LocalDateTime::toString).orElse(null));
    }
    out.put("canceled", cancel);
  }

  /** Empty text when they asked for a callback without a time; empty when they did not ask. */
  private Optional<String> callback(String said) {
    if (!has(said, "call me back", "call back", "callback", "call me later")) {
      return Optional.empty();
    }
    return Optional.of(RelativeTimes.when(said, now).map(LocalDateTime::toString).orElse(""));
  }

  /** What the callee said they would pay, else the amount the agent named and they agreed to. */
  private String amount(String said) {
    Matcher money = MONEY.matcher(said);
    if (money.find()) {
      return money.group().replace(" ", "");
    }
    for (String line : agent) {
      Matcher named = AGENT_AMOUNT.matcher(line);
      if (named.find()) {
        return named.group(1);
      }
    }
    return null;
  }

  private String summary(ObjectNode out) {
    if (out.path("wrongPerson").asBoolean()) {
      return "The callee said this is the wrong number.";
    }
    if (out.path("optedOut").asBoolean()) {
      return "The callee asked not to be called again.";
    }
    if (out.has("callbackRequested")) {
      String at = out.path("callbackRequested").path("at").asText("");
      return "The callee asked to be called back" + (at.isEmpty() ? "." : " at " + at + ".");
    }
    if (out.has("promiseToPay")) {
      String amount = out.path("promiseToPay").path("amount").asText("");
      String date = out.path("promiseToPay").path("date").asText("");
      return "The callee promised to pay"
          + (amount.isEmpty() ? "" : " " + amount)
          + (date.isEmpty() ? "" : " on " + date)
          + ".";
    }
    if (callee.isEmpty() && pressed.isEmpty()) {
      return "The callee said nothing.";
    }
    return callee.isEmpty()
        ? "The callee pressed " + String.join(", ", pressed) + "."
        : "The callee said: \"" + callee.get(callee.size() - 1) + "\"";
  }

  private static List<String> transcript(String prompt) {
    int start = prompt.indexOf("Transcript:\n");
    int end = prompt.indexOf("\nEnd of transcript.");
    if (start < 0 || end < start) {
      return List.of();
    }
    return List.of(prompt.substring(start + "Transcript:\n".length(), end).split("\n"));
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
