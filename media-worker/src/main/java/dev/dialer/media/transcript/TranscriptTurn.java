package dev.dialer.media.transcript;

import java.time.Instant;

/**
 * One turn of a conversation as stored.
 *
 * @param speaker {@code agent}, {@code callee} or {@code system}
 * @param digits keys pressed (callee) or sent (agent) in this turn, null when none
 * @param interrupted the callee spoke over this agent turn; {@code text} is then what they heard
 * @param modelRequestMs prompt received to model request; agent turns only
 * @param firstTokenMs prompt received to the model's first token; agent turns only
 * @param firstTextFrameMs prompt received to the first text frame sent; agent turns only
 */
public record TranscriptTurn(
    String callId,
    String callSid,
    int seq,
    String speaker,
    String text,
    String digits,
    boolean interrupted,
    Instant startedAt,
    Instant endedAt,
    Double modelRequestMs,
    Double firstTokenMs,
    Double firstTextFrameMs) {

  public static final String AGENT = "agent";
  public static final String CALLEE = "callee";
  public static final String SYSTEM = "system";
}
