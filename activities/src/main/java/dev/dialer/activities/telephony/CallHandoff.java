package dev.dialer.activities.telephony;

/**
 * Where the call went past its conversation, as {@code GET /api/calls/{id}} shows it.
 *
 * @param transferTarget the number the call was handed to; null when it was not transferred
 * @param voicemailMessage the message left on the callee's machine; null when none was left
 */
public record CallHandoff(String transferTarget, String voicemailMessage) {}
