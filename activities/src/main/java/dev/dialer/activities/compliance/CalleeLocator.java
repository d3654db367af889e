package dev.dialer.activities.compliance;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds where a callee may be: an explicit zone wins, then a US ZIP, then the number itself
 * (libphonenumber resolves the zone down to the exchange, and the state from its geocoder).
 */
@Component
public class CalleeLocator {

  /**
   * Every zone a +1 number in the 50 states may ring in. A number that says nothing about where it
   * rings (toll-free, non-geographic) is called only when all of them allow it.
   */
  static final List<ZoneId> ALL_US_ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("America/Chicago"),
          ZoneId.of("America/Denver"),
          ZoneId.of("America/Phoenix"),
          ZoneId.of("America/Los_Angeles"),
          ZoneId.of("America/Anchorage"),
          ZoneId.of("America/Adak"),
          ZoneId.of("Pacific/Honolulu"));

  private static final String UNKNOWN_ZONE = "Etc/Unknown";

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final PhoneNumberToTimeZonesMapper zones = PhoneNumberToTimeZonesMapper.getInstance();
  private final PhoneNumberOfflineGeocoder geocoder = PhoneNumberOfflineGeocoder.getInstance();
  private final ZipTable zipTable = new ZipTable();

  /**
   * @throws ComplianceInputException for a number, zone, ZIP or state that cannot be read; the
   *     message names what is wrong
   */
  public CalleeLocation locate(String phone, String timezone, String zip, String state) {
    PhoneNumber number = parse(phone);
    String explicitState = normalizeState(state);
    if (timezone != null && !timezone.isBlank()) {
      ZoneId zone = zone(timezone);
      String st = explicitState != null ? explicitState : numberState(number).orElse(null);
      return new CalleeLocation(
          List.of(zone), st, "ZONE_GIVEN", "time zone " + zone.getId() + " given for the contact");
    }
    if (zip != null && !zip.isBlank()) {
      if (!zip.trim().matches("\\d{5}(-\\d{4})?")) {
        throw new ComplianceInputException(
            "zip", "zip must be a US ZIP code such as 32501; got " + zip);
      }
      Optional<ZipTable.Entry> entry = zipTable.find(zip.trim());
      if (entry.isPresent()) {
        String st = explicitState != null ? explicitState : entry.get().state();
        return new CalleeLocation(
            entry.get().zones(),
            st,
            "ZONE_FROM_ZIP",
            "ZIP "
                + zip.trim()
                + " is in "
                + entry.get().state()
                + ": zones "
                + ids(entry.get().zones()));
      }
    }
    List<String> candidates = zones.getTimeZonesForNumber(number);
    String st = explicitState != null ? explicitState : numberState(number).orElse(null);
    boolean nonGeographic =
        candidates.isEmpty()
            || candidates.contains(UNKNOWN_ZONE)
            || util.getNumberType(number) == PhoneNumberType.TOLL_FREE;
    if (nonGeographic && number.getCountryCode() == 1) {
      String why =
          util.getNumberType(number) == PhoneNumberType.TOLL_FREE
              ? "toll-free number"
              : "number with no known location";
      return new CalleeLocation(
          ALL_US_ZONES,
          st,
          "ZONE_ALL_US",
          why + ": allowed only when every US zone (continental, Alaska, Hawaii) allows it");
    }
    if (nonGeographic) {
      throw new ComplianceInputException(
          "phone",
          "the number's location is unknown and it is outside the US: no calling window applies");
    }
    List<ZoneId> found = candidates.stream().map(ZoneId::of).toList();
    return new CalleeLocation(
        found,
        st,
        "ZONE_FROM_NUMBER",
        "from the number's area code and exchange (libphonenumber): zones "
            + ids(found)
            + (found.size() > 1 ? "; the call must be allowed in every one" : ""));
  }

  /** The number in E.164, the form every list and the ledger store it in. */
  public String e164(String phone) {
    return util.format(parse(phone), PhoneNumberUtil.PhoneNumberFormat.E164);
  }

  private PhoneNumber parse(String phone) {
    try {
      PhoneNumber number = util.parse(phone, null);
      if (!util.isValidNumber(number)) {
        throw new ComplianceInputException("phone", "phone is not a valid number: " + phone);
      }
      return number;
    } catch (NumberParseException e) {
      throw new ComplianceInputException("phone", "phone is not a phone number: " + e.getMessage());
    }
  }

  private Optional<String> numberState(PhoneNumber number) {
    if (number.getCountryCode() != 1) {
      return Optional.empty();
    }
    return UsStates.fromGeocoder(geocoder.getDescriptionForNumber(number, Locale.ENGLISH));
  }

  private static String normalizeState(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    if (!UsStates.isCode(state.trim())) {
      throw new ComplianceInputException(
          "state", "state must be a two-letter US state code such as FL; got " + state);
    }
    return state.trim().toUpperCase(Locale.ROOT);
  }

  private static ZoneId zone(String timezone) {
    try {
      return ZoneId.of(timezone.trim());
    } catch (DateTimeException e) {
      throw new ComplianceInputException(
          "timezone", "timezone must be an IANA zone such as America/Chicago; got " + timezone);
    }
  }

  private static String ids(List<ZoneId> zones) {
    return String.join(", ", zones.stream().map(ZoneId::getId).toList());
  }
}
