package dev.dialer.api.call;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.dialer.api.web.ApiException;

/** E.164 validation with libphonenumber: what Twilio would refuse, we refuse first, and say why. */
final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private PhoneNumbers() {}

  /** Returns the number in canonical E.164 form, or throws a 400 naming the field. */
  static String e164(String field, String value) {
    if (value == null || value.isBlank()) {
      throw ApiException.invalid(
          field, "'" + field + "' is required, in E.164 format such as +14155550123.");
    }
    String trimmed = value.trim();
    if (!trimmed.startsWith("+")) {
      throw ApiException.invalid(
          field,
          "'"
              + field
              + "' must be in E.164 format with a leading + and country code, such as +14155550123; got '"
              + value
              + "'.");
    }
    PhoneNumber parsed;
    try {
      parsed = UTIL.parse(trimmed, null);
    } catch (NumberParseException e) {
      throw ApiException.invalid(field, "'" + field + "' is not a phone number: " + e.getMessage());
    }
    if (!UTIL.isValidNumber(parsed)) {
      throw ApiException.invalid(
          field, "'" + field + "' is not a valid phone number for its country: " + value + ".");
    }
    return UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
  }
}
