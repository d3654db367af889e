package dev.dialer.workflows.conversation;

/**
 * The workflow's answer to a transfer the agent or a supervisor asked for.
 *
 * @param allowed true: the agent says {@code line} and ends the session with handoffData {@code
 *     {"reason":"transfer","target":…,"summary":…}}; false: it says {@code line} (that it cannot
 *     transfer) and the conversation goes on
 */
public record TransferRequest(String callId, String target, String line, boolean allowed) {}
