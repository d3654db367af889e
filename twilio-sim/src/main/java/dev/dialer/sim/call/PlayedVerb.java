package dev.dialer.sim.call;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing a call did outside its conversation, in order: what a machine played ({@code greeting},
 * {@code beep}), what TwiML told the call to {@code say}, each {@code pause} and {@code redirect},
 * each ConversationRelay it was told to {@code connect}, and each {@code dial} (the transfer leg).
 *
 * @param text what was played or said; the URL of a redirect and of a connect; null for a beep, a
 *     pause and a dial
 * @param target the dialed number of a transfer leg
 * @param answered whether the leg's callee answered; null until the leg ends
 * @param durationSeconds how long the leg was up (null until it ends); a pause's length
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlayedVerb(
    String verb,
    String text,
    String target,
    String callerId,
    Boolean answered,
    Long durationSeconds) {

  public static final String GREETING = "greeting";
  public static final String BEEP = "beep";
  public static final String SAY = "say";
  public static final String DIAL = "dial";
  public static final String PAUSE = "pause";
  public static final String REDIRECT = "redirect";
  public static final String CONNECT = "connect";

  public static PlayedVerb of(String verb, String text) {
    return new PlayedVerb(verb, text, null, null, null, null);
  }
}
