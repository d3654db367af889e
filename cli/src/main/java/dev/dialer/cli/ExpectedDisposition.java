package dev.dialer.cli;

import dev.dialer.workflows.call.Disposition;

/**
 * twilio-sim's script: the called number's last digit decides whether and how the callee answers,
 * and for a person its second-to-last digit picks the persona, of which 2 ("stop calling me") and 7
 * (the opt-out key) opt out, and 1 asks to be called back tomorrow (see {@link ContactResult}).
 */
final class ExpectedDisposition {

  private ExpectedDisposition() {}

  private static boolean optsOut(String number) {
    char persona = number.charAt(number.length() - 2);
    return persona == '2' || persona == '7';
  }

  static Disposition forNumber(String number) {
    char last = number.charAt(number.length() - 1);
    return switch (last) {
      case '0', '1', '2', '3', '4' ->
          optsOut(number) ? Disposition.OPTED_OUT : Disposition.COMPLETED;
      case '5' -> Disposition.ANSWERING_MACHINE;
      case '6' -> Disposition.NO_ANSWER;
      case '7' -> Disposition.BUSY;
      case '8' -> Disposition.FAILED;
      case '9' -> Disposition.HUNG_UP;
      default ->
          throw new IllegalArgumentException("Not a phone number ending in a digit: " + number);
    };
  }
}
