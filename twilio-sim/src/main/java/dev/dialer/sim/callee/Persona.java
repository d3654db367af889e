package dev.dialer.sim.callee;

/**
 * How an answering person behaves in a conversation, chosen by the called number's second-to-last
 * digit (its last digit still picks whether anyone answers).
 */
public enum Persona {
  /** Agrees, confirms, promises to pay. */
  COOPERATIVE,
  /** Asks to be called back at a stated time. */
  CALL_BACK,
  /** Says "stop calling me". */
  STOP,
  /** Answers only with key presses. */
  KEYPAD,
  /** Speaks over the agent's first turn, then answers. */
  INTERRUPTER,
  /** Asks what only a supervisor can answer. */
  QUESTION,
  /** Asks for a person. */
  WANTS_PERSON,
  /** Presses the opt-out key the agent announced. */
  OPT_OUT_KEY,
  /** Says nothing. */
  SILENT,
  /** Says the agent has the wrong number. */
  WRONG_NUMBER;

  public static Persona forNumber(String e164) {
    if (e164 == null || e164.length() < 2) {
      return COOPERATIVE;
    }
    char digit = e164.charAt(e164.length() - 2);
    return Character.isDigit(digit) ? values()[digit - '0'] : COOPERATIVE;
  }
}
