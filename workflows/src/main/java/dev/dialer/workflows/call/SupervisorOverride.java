package dev.dialer.workflows.call;

/**
 * A supervisor's action on a live call ({@code POST /api/calls/{id}/override/{action}}).
 *
 * @param action {@link #TEXT} (the agent says {@code value} and keeps it in memory), {@link #DTMF}
 *     (the call sends the key {@code value}), {@link #TRANSFER} (the call is handed to the person
 *     at {@code value}) or {@link #END} (the call ends)
 * @param value the text, the key or the E.164 target; null for an end
 * @param keyId the API key that acted, for the history's record of who did it
 */
public record SupervisorOverride(String action, String value, String keyId) {

  public static final String TEXT = "text";
  public static final String DTMF = "dtmf";
  public static final String END = "end";
  public static final String TRANSFER = "transfer";
}
