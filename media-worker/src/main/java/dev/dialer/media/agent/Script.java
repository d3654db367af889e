package dev.dialer.media.agent;

import java.util.Locale;
import java.util.Map;

/** The scripted agent's three scripts, picked from the campaign's purpose or the call type. */
public enum Script {
  PAYMENT_REMINDER,
  APPOINTMENT_CONFIRMATION,
  FOLLOW_UP;

  /**
   * A campaign's purpose wins; a single call (or a CUSTOM campaign) picks by {@code callType}, as
   * seed 004's calls do; anything else is a follow-up.
   */
  public static Script of(String purpose, Map<String, String> customParameters) {
    if ("PAYMENT_REMINDER".equals(purpose)) {
      return PAYMENT_REMINDER;
    }
    if ("APPOINTMENT_CONFIRMATION".equals(purpose)) {
      return APPOINTMENT_CONFIRMATION;
    }
    if ("FOLLOW_UP".equals(purpose)) {
      return FOLLOW_UP;
    }
    String callType = customParameters.getOrDefault("callType", "").toLowerCase(Locale.ROOT);
    return switch (callType) {
      case "payment_reminder" -> PAYMENT_REMINDER;
      case "appointment_reminder", "appointment_confirmation" -> APPOINTMENT_CONFIRMATION;
      default -> FOLLOW_UP;
    };
  }
}
