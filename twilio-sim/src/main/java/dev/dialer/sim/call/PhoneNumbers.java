package dev.dialer.sim.call;

import java.util.regex.Pattern;

final class PhoneNumbers {

  private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

  private PhoneNumbers() {}

  static boolean isE164(String number) {
    return number != null && E164.matcher(number).matches();
  }

  /** Twilio's {@code to_formatted}: (415) 867-5309 for North America, E.164 elsewhere. */
  static String format(String e164) {
    if (e164.startsWith("+1") && e164.length() == 12) {
      return "(%s) %s-%s".formatted(e164.substring(2, 5), e164.substring(5, 8), e164.substring(8));
    }
    return e164;
  }
}
