package dev.dialer.workflows.call;

/**
 * A transfer the call's workflow allowed, stored on the call before the conversation hands off: the
 * api's Connect action dials only the target stored here.
 *
 * @param requestedBy {@code agent} for the model's {@code [[transfer:…]]}, else the supervisor's
 *     key id
 */
public record TransferRecord(String callId, String target, String requestedBy) {

  public static final String AGENT = "agent";
}
