package dev.dialer.api.listen;

import java.time.Instant;

/**
 * {@code POST /api/calls/{id}/listen}'s answer: the media worker's socket to open ({@code url},
 * token included) before {@code expiresAt}; its frames are Twilio's Media Streams {@code media}
 * messages (base64 μ-law, 8 kHz mono), then {@code stop} when the call ends.
 */
public record ListenView(String callId, String streamSid, String url, Instant expiresAt) {}
