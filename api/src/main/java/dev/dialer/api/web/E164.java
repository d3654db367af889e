package dev.dialer.api.web;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** A phone number from a request (body, path or query), checked and put in E.164 form. */
public final class E164 {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private E164() {}

  /** Returns the number in E.164, or throws a 400 naming the field. */
  public static String of(String field, String value) {
    if (value == null || value.isBlank()) {
      throw ApiException.invalid(
          field, "'" + field + "' is required, in E.164 such as +14155550123.");
    }
    String trimmed = value.trim();
    if (value.startsWith(" ") && trimmed.matches("\\d{8,15}")) {
      // An unencoded + in a query string arrives as a space.
      trimmed = "+" + trimmed;
    }
    if (!trimmed.startsWith("+")) {
      throw ApiException.invalid(
          field,
          "'"
              + field
              + "' must be E.164 with a leading + and country code, such as +14155550123; got '"
              + value
              + "' (in a URL, write + as %2B).");
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
