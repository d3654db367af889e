package dev.dialer.workflows.conversation;

/**
 * A {@code [[command]]} the agent gave and the media worker carried out (or, for {@code transfer}
 * and {@code request_user}, handed to the workflow): the history records what the agent did.
 *
 * @param callSid the call it happened on
 * @param command {@code press}, {@code end_call}, {@code opt_out}, {@code transfer} or {@code
 *     request_user}
 * @param argument the digits, target number or question; null for commands without one
 */
public record CommandExecuted(String callSid, String command, String argument) {}
