package dev.dialer.workflows.compliance;

/**
 * A callee asked not to be called again.
 *
 * @param phone the number in E.164
 * @param source where the opt-out came from, e.g. {@code call:<callId>} or {@code api}
 * @param reason the callee's words or a short note; may be null
 */
public record OptOutRequest(String phone, String source, String reason) {}
