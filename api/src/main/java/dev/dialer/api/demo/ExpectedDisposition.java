package dev.dialer.api.demo;

import dev.dialer.workflows.call.Disposition;

/** twilio-sim's script: the called number's last digit decides how the callee behaves. */
final class ExpectedDisposition {

  private ExpectedDisposition() {}

  static Disposition forNumber(String number) {
    char last = number.charAt(number.length() - 1);
    return switch (last) {
      case '0', '1', '2', '3', '4' -> Disposition.COMPLETED;
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
