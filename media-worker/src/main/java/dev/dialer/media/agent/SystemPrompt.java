package dev.dialer.media.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dialer.media.context.CallContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The system message: the operator's instructions, the disclosure the agent must make, the command
 * protocol, and the call's context as seed 004 passes it ({@code Call Context: {customerPhone,
 * customParameters…}}). The scripted model reads the context back from the same message, so it sees
 * exactly what a real model sees.
 */
public final class SystemPrompt {

  static final String CONTEXT_HEADER = "Call Context: ";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final String DEFAULT_INSTRUCTIONS =
      "You are a friendly, concise voice agent on an outbound phone call. Speak in short"
          + " sentences; never read out markup.";

  private static final String COMMANDS =
      """
      You act on the call by writing markers in your reply; they are cut out, never spoken:
      [[press:123]] presses keys (0-9, *, #, w for a pause), e.g. to get through a phone menu.
      [[end_call]] ends the call after what you just said; say goodbye first.
      [[opt_out]] when the callee asks not to be called again: confirm, then this marker.
      [[transfer:+15551234567]] hands the callee to a person at that number, if allowed.
      [[request_user:your question]] asks a human supervisor something you cannot answer;
      tell the callee you are checking.""";

  private static final String DISCLOSURE_START = "You are calling on behalf of ";

  private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");

  private SystemPrompt() {}

  /**
   * The first E.164 number in the operator's instructions (where an operator names the person to
   * transfer to), null when they name none. The command list's example number is not theirs.
   */
  static String transferNumber(String system) {
    int end = system.indexOf(DISCLOSURE_START);
    Matcher matcher = PHONE.matcher(end < 0 ? system : system.substring(0, end));
    return matcher.find() ? matcher.group() : null;
  }

  public static String of(CallContext call, String businessName, String optOutKey) {
    String business = call.businessName() != null ? call.businessName() : businessName;
    String instructions =
        call.prompt() != null && !call.prompt().isBlank() ? call.prompt() : DEFAULT_INSTRUCTIONS;
    String disclosure =
        DISCLOSURE_START
            + business
            + ". In your first sentence say that you are an automated AI voice assistant calling"
            + " for "
            + business
            + ", and that the callee can say \"stop\" or press "
            + optOutKey
            + " at any time to opt out."
            + (call.recorded() ? " Also say that this call is recorded." : "");
    return instructions
        + "\n\n"
        + disclosure
        + "\n\n"
        + COMMANDS
        + "\n\n"
        + CONTEXT_HEADER
        + context(call, business, optOutKey);
  }

  private static String context(CallContext call, String business, String optOutKey) {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("customerPhone", call.customerPhone());
    context.put("businessName", business);
    context.put("optOutKey", optOutKey);
    putIfPresent(context, "purpose", call.purpose());
    putIfPresent(context, "campaignName", call.campaignName());
    putIfPresent(context, "contactName", call.contactName());
    putIfPresent(context, "firstMessage", call.firstMessage());
    if (call.recorded()) {
      context.put("recorded", true);
    }
    context.put("customParameters", call.customParameters());
    try {
      return JSON.writeValueAsString(context);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("call context is not serializable", e);
    }
  }

  private static void putIfPresent(Map<String, Object> context, String key, String value) {
    if (value != null && !value.isBlank()) {
      context.put(key, value);
    }
  }
}
