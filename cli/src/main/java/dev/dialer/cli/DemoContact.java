package dev.dialer.cli;

import dev.dialer.workflows.call.Disposition;

/** One contact of the demo campaign: its fictional number and where its callee lives. */
record DemoContact(String phone, String name, AreaCode area) {

  /** How twilio-sim ends every dial of this number. */
  Disposition expected() {
    return ExpectedDisposition.forNumber(phone);
  }

  char lastDigit() {
    return phone.charAt(phone.length() - 1);
  }
}
