package dev.dialer.workflows.call;

import java.util.List;

/**
 * What the call may hand the callee to: a person it may transfer to, a machine it may leave a
 * message on.
 *
 * @param transferNumbers the E.164 numbers the agent or a supervisor may transfer the call to; a
 *     transfer to any other is refused
 * @param voicemailMessage the message left after the beep of an answering machine, with {@code
 *     {{name}}} and {@code {{parameter}}} placeholders; null hangs up on machines
 */
public record VoiceOptions(List<String> transferNumbers, String voicemailMessage) {

  public static final VoiceOptions NONE = new VoiceOptions(List.of(), null);

  public VoiceOptions {
    transferNumbers = transferNumbers == null ? List.of() : List.copyOf(transferNumbers);
    voicemailMessage =
        voicemailMessage == null || voicemailMessage.isBlank() ? null : voicemailMessage;
  }

  public boolean allowsTransferTo(String target) {
    return target != null && transferNumbers.contains(target);
  }
}
