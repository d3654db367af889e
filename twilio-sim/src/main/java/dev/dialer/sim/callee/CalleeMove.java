package dev.dialer.sim.callee;

/** What the callee does after the agent's turn: speak, press a key, or nothing. */
record CalleeMove(String words, String digit) {

  static final CalleeMove NOTHING = new CalleeMove(null, null);

  static CalleeMove say(String words) {
    return new CalleeMove(words, null);
  }

  static CalleeMove press(String digit) {
    return new CalleeMove(null, digit);
  }
}
