package dev.dialer.workflows.conversation;

/**
 * Keys to send on a live conversation ({@code sendDigits}).
 *
 * @param callId the call whose socket should send them
 * @param digits 0-9, {@code w}, {@code #} and {@code *}
 */
public record DigitsRequest(String callId, String digits) {}
