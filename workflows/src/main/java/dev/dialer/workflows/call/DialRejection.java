package dev.dialer.workflows.call;

/** Twilio's error for a create request it will never accept, e.g. 21211 invalid 'To'. */
public record DialRejection(int code, String message) {}
