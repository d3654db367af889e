package dev.dialer.workflows.conversation;

/**
 * The callee asked not to be called again, by voice (through the agent's {@code [[opt_out]]}) or
 * with the announced opt-out key.
 *
 * @param callSid the call it was said on
 * @param via {@link #VOICE} or {@link #KEYPAD}
 * @param words what the callee said or pressed, for the do-not-call entry's reason
 */
public record OptOutRequested(String callSid, String via, String words) {

  public static final String VOICE = "voice";
  public static final String KEYPAD = "keypad";
}
