package dev.dialer.sim.call;

/** What the called party does. Chosen by the number's last digit unless a scenario says. */
public enum Outcome {
  HUMAN,
  MACHINE,
  NO_ANSWER,
  BUSY,
  FAILED,
  /** Picks up and hangs up at once. */
  HANGUP;

  public boolean answers() {
    return this == HUMAN || this == MACHINE || this == HANGUP;
  }

  /** Busy and failed calls end before the phone rings. */
  public boolean rings() {
    return this != BUSY && this != FAILED;
  }

  /** The final status of a call that this callee never answered. */
  public CallStatus unansweredStatus() {
    return switch (this) {
      case BUSY -> CallStatus.BUSY;
      case FAILED -> CallStatus.FAILED;
      default -> CallStatus.NO_ANSWER;
    };
  }

  /** 0–4 human, 5 machine, 6 no answer, 7 busy, 8 failed, 9 hangs up at once. */
  public static Outcome forNumber(String e164) {
    int lastDigit = e164.charAt(e164.length() - 1) - '0';
    return switch (lastDigit) {
      case 5 -> MACHINE;
      case 6 -> NO_ANSWER;
      case 7 -> BUSY;
      case 8 -> FAILED;
      case 9 -> HANGUP;
      default -> HUMAN;
    };
  }
}
