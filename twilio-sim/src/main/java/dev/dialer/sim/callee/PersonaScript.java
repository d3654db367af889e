package dev.dialer.sim.callee;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Each persona's lines, one per agent turn it answers; after its lines it says nothing. */
final class PersonaScript {

  /** How many tokens of the agent's first turn the interrupter hears before speaking over it. */
  static final int INTERRUPT_AFTER_TOKENS = 6;

  static final String DEFAULT_OPT_OUT_KEY = "9";

  private static final Pattern OPT_OUT_KEY =
      Pattern.compile("press ([0-9*#])[^.]*opt out", Pattern.CASE_INSENSITIVE);

  private PersonaScript() {}

  /**
   * @param turn the agent turn just finished, 1 for the opening
   * @param heard what the callee heard of it
   */
  static CalleeMove after(Persona persona, int turn, String heard) {
    if (turn != 1) {
      return CalleeMove.NOTHING;
    }
    return switch (persona) {
      case COOPERATIVE -> CalleeMove.say("Yes, that works. I can pay on Friday.");
      case CALL_BACK ->
          CalleeMove.say("I am busy right now. Please call me back tomorrow at 5 pm.");
      case STOP -> CalleeMove.say("Stop calling me.");
      case KEYPAD -> CalleeMove.press("1");
      case INTERRUPTER -> CalleeMove.say("Sorry, yes, I can pay on Friday.");
      case QUESTION -> CalleeMove.say("What is my exact balance including the late fees?");
      case WANTS_PERSON -> CalleeMove.say("Can I speak to a real person?");
      case OPT_OUT_KEY -> CalleeMove.press(optOutKey(heard));
      case SILENT -> CalleeMove.NOTHING;
      case WRONG_NUMBER -> CalleeMove.say("Sorry, you have the wrong number.");
    };
  }

  /** The key the agent's disclosure named, as a person listening for it would pick it up. */
  static String optOutKey(String heard) {
    Matcher matcher = OPT_OUT_KEY.matcher(heard == null ? "" : heard);
    return matcher.find() ? matcher.group(1) : DEFAULT_OPT_OUT_KEY;
  }
}
