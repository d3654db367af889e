package dev.dialer.api.campaign;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.dialer.activities.compliance.UsStates;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes an uploaded contact usable, and its stored form. */
final class ContactRules {

  static final int MAX_NAME = 200;
  static final int MAX_PARAMETERS = 50;
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();
  private static final Pattern ZIP = Pattern.compile("(\\d{5})(-?\\d{4})?");

  /** Exactly one of the two is set. */
  record Checked(Contact contact, RejectedRow rejected) {}

  private ContactRules() {}

  static Checked check(ContactRow row) {
    if (row.rejected() != null) {
      return new Checked(null, row.rejected());
    }
    String phone = trimmed(row.phone());
    if (phone == null) {
      return reject(row, "phone", "phone is required");
    }
    String e164 = e164(phone);
    if (e164 == null) {
      return reject(
          row,
          "phone",
          "'"
              + phone
              + "' is not a valid phone number; give E.164 such as +14155550123 or a US"
              + " number such as (415) 555-0123");
    }
    String name = trimmed(row.name());
    if (name != null && (name.length() > MAX_NAME || name.indexOf('\0') >= 0)) {
      return reject(row, "name", "name must be at most " + MAX_NAME + " characters of text");
    }
    String timezone = trimmed(row.timezone());
    if (timezone != null && !ZONES.contains(timezone)) {
      return reject(
          row, "timezone", "'" + timezone + "' is not an IANA time zone such as America/Chicago");
    }
    String zip = trimmed(row.zip());
    if (zip != null) {
      var matcher = ZIP.matcher(zip);
      if (!matcher.matches()) {
        return reject(row, "zip", "'" + zip + "' is not a US ZIP code such as 94110 or 94110-1234");
      }
      zip = matcher.group(1);
    }
    String state = trimmed(row.state());
    if (state != null) {
      state = state.toUpperCase(Locale.ROOT);
      if (!UsStates.isCode(state)) {
        return reject(
            row, "state", "'" + row.state().trim() + "' is not a US state code such as CA or NY");
      }
    }
    Map<String, String> parameters =
        row.customParameters() == null ? Map.of() : row.customParameters();
    String problem = parameterProblem(parameters);
    if (problem != null) {
      return reject(row, "customParameters", problem);
    }
    return new Checked(new Contact(e164, name, timezone, zip, state, parameters), null);
  }

  private static String e164(String phone) {
    long national = NanpValidity.canonicalNational(phone);
    if (national >= 0) {
      // Already canonical: no parse(), and validity is known per prefix (NanpValidity).
      return NanpValidity.isValid(national) ? phone : null;
    }
    try {
      PhoneNumber parsed = PHONES.parse(phone, "US");
      return PHONES.isValidNumber(parsed)
          ? PHONES.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164)
          : null;
    } catch (NumberParseException e) {
      return null;
    }
  }

  private static String parameterProblem(Map<String, String> parameters) {
    if (parameters.size() > MAX_PARAMETERS) {
      return "at most " + MAX_PARAMETERS + " custom parameters; got " + parameters.size();
    }
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      if (parameter.getKey().isBlank() || parameter.getValue() == null) {
        return "custom parameters need a name and a text value";
      }
      if (parameter.getKey().indexOf('\0') >= 0 || parameter.getValue().indexOf('\0') >= 0) {
        return "custom parameter '" + parameter.getKey() + "' holds a NUL character";
      }
    }
    return null;
  }

  private static String trimmed(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  private static Checked reject(ContactRow row, String field, String error) {
    return new Checked(null, new RejectedRow(row.row(), field, error));
  }
}
