package dev.dialer.media.relay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Twilio's ConversationRelay messages to and from JSON, as pure functions. Inbound fields are read
 * leniently where Twilio's documents disagree ({@code durationUntilInterruptMs} as a number or a
 * string); outbound messages carry exactly the fields Twilio's validation names.
 */
public final class RelayCodec {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RelayCodec() {}

  public static RelayMessage read(String frame) {
    JsonNode node;
    try {
      node = JSON.readTree(frame);
    } catch (JsonProcessingException e) {
      return new RelayMessage.Other(null);
    }
    if (node == null || !node.isObject()) {
      return new RelayMessage.Other(null);
    }
    String type = node.path("type").asText("");
    return switch (type) {
      case "setup" ->
          new RelayMessage.Setup(
              text(node, "sessionId"),
              text(node, "callSid"),
              text(node, "from"),
              text(node, "to"),
              text(node, "direction"),
              parameters(node.path("customParameters")));
      case "prompt" ->
          new RelayMessage.Prompt(
              node.path("voicePrompt").asText(""),
              text(node, "lang"),
              !node.has("last") || node.path("last").asBoolean(true));
      case "dtmf" -> new RelayMessage.Dtmf(node.path("digit").asText(""));
      case "interrupt" ->
          new RelayMessage.Interrupt(
              node.path("utteranceUntilInterrupt").asText(""),
              millis(node.path("durationUntilInterruptMs")));
      case "error" -> new RelayMessage.Error(node.path("description").asText(""));
      default -> new RelayMessage.Other(type);
    };
  }

  /** A token of the agent's reply; {@code last} closes the turn. */
  public static String text(String token, boolean last) {
    ObjectNode node = JSON.createObjectNode().put("type", "text").put("token", token);
    node.put("last", last);
    return write(node);
  }

  public static String sendDigits(String digits) {
    return write(JSON.createObjectNode().put("type", "sendDigits").put("digits", digits));
  }

  /** Plays audio from {@code source} {@code loop} times (0: as often as Twilio allows). */
  public static String play(String source, int loop) {
    return write(
        JSON.createObjectNode().put("type", "play").put("source", source).put("loop", loop));
  }

  /** Switches speech and/or transcription language; Twilio needs at least one of the two. */
  public static String language(String ttsLanguage, String transcriptionLanguage) {
    if (ttsLanguage == null && transcriptionLanguage == null) {
      throw new IllegalArgumentException(
          "a language message needs a TTS or transcription language");
    }
    ObjectNode node = JSON.createObjectNode().put("type", "language");
    if (ttsLanguage != null) {
      node.put("ttsLanguage", ttsLanguage);
    }
    if (transcriptionLanguage != null) {
      node.put("transcriptionLanguage", transcriptionLanguage);
    }
    return write(node);
  }

  /** Ends the session; Twilio hands {@code handoffData} (a JSON string) to the Connect action. */
  public static String end(String handoffData) {
    ObjectNode node = JSON.createObjectNode().put("type", "end");
    if (handoffData != null) {
      node.put("handoffData", handoffData);
    }
    return write(node);
  }

  /** Handoff data as Twilio wants it: a JSON object serialized into a string. */
  public static String handoff(Map<String, String> fields) {
    return write(JSON.valueToTree(fields));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Map<String, String> parameters(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node.isObject()) {
      node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
    }
    return out;
  }

  private static Long millis(JsonNode node) {
    if (node.isNumber()) {
      return node.asLong();
    }
    if (node.isTextual()) {
      try {
        return Long.parseLong(node.asText().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a relay message", e);
    }
  }
}
