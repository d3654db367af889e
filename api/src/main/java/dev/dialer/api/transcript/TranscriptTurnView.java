package dev.dialer.api.transcript;

import java.time.Instant;

/**
 * One turn as {@code GET /api/calls/{id}/transcript} shows it; latencies (milliseconds from the
 * callee's prompt) only on agent turns the model produced.
 */
public record TranscriptTurnView(
    int seq,
    String speaker,
    String text,
    String digits,
    boolean interrupted,
    Instant startedAt,
    Instant endedAt,
    Latencies latencies) {

  /**
   * @param modelRequestMs prompt received → model request
   * @param firstTokenMs prompt received → the model's first token
   * @param firstTextFrameMs prompt received → the first text frame sent to Twilio
   */
  public record Latencies(Double modelRequestMs, Double firstTokenMs, Double firstTextFrameMs) {}
}
