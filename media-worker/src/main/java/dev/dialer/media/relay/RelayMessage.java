package dev.dialer.media.relay;

import java.util.Map;

/** A message Twilio sends over ConversationRelay, as {@link RelayCodec} reads it. */
public sealed interface RelayMessage {

  /** The first message: who the call is, and the TwiML's {@code <Parameter>}s. */
  record Setup(
      String sessionId,
      String callSid,
      String from,
      String to,
      String direction,
      Map<String, String> customParameters)
      implements RelayMessage {}

  /** What the callee said; {@code last} is false only for partial prompts. */
  record Prompt(String voicePrompt, String lang, boolean last) implements RelayMessage {}

  record Dtmf(String digit) implements RelayMessage {}

  /** The callee spoke over the agent; {@code utteranceUntilInterrupt} is what they heard. */
  record Interrupt(String utteranceUntilInterrupt, Long durationUntilInterruptMs)
      implements RelayMessage {}

  record Error(String description) implements RelayMessage {}

  /** A type this worker does not know (or a message it could not read); ignored. */
  record Other(String type) implements RelayMessage {}
}
