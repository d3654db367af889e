package dev.dialer.workflows.conversation;

/**
 * The ConversationRelay session is over, as Twilio's {@code <Connect action>} request said.
 *
 * @param callSid the call whose session ended
 * @param sessionStatus Twilio's SessionStatus ({@code completed}, {@code failed}, …)
 * @param sessionDurationSeconds Twilio's SessionDuration, null when absent
 * @param handoffData the {@code end} message's handoffData (a JSON string), null when none
 */
public record ConversationEnded(
    String callSid, String sessionStatus, Integer sessionDurationSeconds, String handoffData) {}
