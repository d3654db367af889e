package dev.dialer.workflows.call;

/**
 * @param adopted true when this attempt's call already existed (an earlier try created it) and was
 *     taken over instead of dialing again
 */
public record DialResult(String callSid, String from, boolean adopted) {}
