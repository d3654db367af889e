package dev.dialer.sim.callee;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing that happened in a simulated conversation, as the callee's side saw it.
 *
 * @param speaker {@code agent} or {@code callee}
 * @param text what was said (for the agent: what the callee heard), null when nothing
 * @param digits keys pressed by the callee or sent by the agent ({@code sendDigits})
 * @param event {@code interrupt} (the callee spoke over the agent) or {@code end} (the agent ended
 *     the session; {@code text} then holds its handoffData), null for speech and keys
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationEntry(String speaker, String text, String digits, String event) {

  public static final String AGENT = "agent";
  public static final String CALLEE = "callee";

  static ConversationEntry said(String speaker, String text) {
    return new ConversationEntry(speaker, text, null, null);
  }

  static ConversationEntry pressed(String speaker, String digits) {
    return new ConversationEntry(speaker, null, digits, null);
  }

  static ConversationEntry event(String speaker, String event, String detail) {
    return new ConversationEntry(speaker, detail, null, event);
  }
}
