package dev.dialer.workflows.call;

import java.util.Set;

/** Twilio's final CallStatus values: after one of them a call never changes again. */
public final class CallStatuses {

  public static final String COMPLETED = "completed";
  public static final String BUSY = "busy";
  public static final String NO_ANSWER = "no-answer";
  public static final String FAILED = "failed";
  public static final String CANCELED = "canceled";

  private static final Set<String> TERMINAL = Set.of(COMPLETED, BUSY, NO_ANSWER, FAILED, CANCELED);

  private CallStatuses() {}

  public static boolean isTerminal(String callStatus) {
    return callStatus != null && TERMINAL.contains(callStatus);
  }
}
