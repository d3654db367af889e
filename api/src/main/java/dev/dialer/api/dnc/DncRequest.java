package dev.dialer.api.dnc;

/** Body of {@code PUT …/dnc/{e164}}; both fields optional. */
record DncRequest(String source, String reason) {}
