package dev.dialer.workflows.campaign;

import java.time.Duration;
import java.util.List;

/**
 * What the campaign's agent says, and where it may hand a call: its instructions, its opening line,
 * its voicemail, the people it may transfer to and how long it holds the line for a supervisor's
 * answer.
 *
 * @param voicemailMessage left after an answering machine's beep ({@code {{name}}} and {@code
 *     {{parameter}}} filled in from the contact); null hangs up on machines
 * @param transferNumbers the E.164 numbers a call may be transferred to; empty for none
 * @param clarificationTimeout how long the agent waits for a supervisor's answer; null for the
 *     default (45 s)
 */
public record AgentScript(
    String prompt,
    String firstMessage,
    String voicemailMessage,
    List<String> transferNumbers,
    Duration clarificationTimeout) {

  public AgentScript {
    transferNumbers = transferNumbers == null ? List.of() : List.copyOf(transferNumbers);
  }

  public AgentScript(String prompt, String firstMessage, String voicemailMessage) {
    this(prompt, firstMessage, voicemailMessage, List.of(), null);
  }

  /** These settings with the transfer numbers in E.164 form. */
  public AgentScript withTransferNumbers(List<String> numbers) {
    return new AgentScript(prompt, firstMessage, voicemailMessage, numbers, clarificationTimeout);
  }
}
