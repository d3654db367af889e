package dev.dialer.activities.compliance;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;
import dev.dialer.workflows.compliance.Reason;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Finds where a callee may be. The number (libphonenumber resolves the zone down to the exchange,
 * and the state from its geocoder), the contact's ZIP and its given state and zone each add
 * candidates; none replaces another, since a ZIP may be stale and Florida and Oklahoma presume a
 * call to their area codes reaches someone in the state. Only an operator's word that the given
 * location is verified (a ported or mobile-verified number) lets a given zone narrow the zones.
 */
@Component
public class CalleeLocator {

  /**
   * Every zone a +1 number in the US may ring in: the 50 states, Puerto Rico, the US Virgin
   * Islands, Guam, the Northern Marianas and American Samoa. A number that says nothing about where
   * it rings (toll-free, non-geographic) is called only when all of them allow it.
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
          ZoneId.of("Pacific/Honolulu"),
          ZoneId.of("America/Puerto_Rico"),
          ZoneId.of("America/St_Thomas"),
          ZoneId.of("Pacific/Guam"),
          ZoneId.of("Pacific/Saipan"),
          ZoneId.of("Pacific/Pago_Pago"));

  private static final String UNKNOWN_ZONE = "Etc/Unknown";

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final PhoneNumberToTimeZonesMapper zones = PhoneNumberToTimeZonesMapper.getInstance();
  private final PhoneNumberOfflineGeocoder geocoder = PhoneNumberOfflineGeocoder.getInstance();
  private final ZipTable zipTable = new ZipTable();

  /**
   * What libphonenumber answers for a +1 number it cannot place: every NANP zone at once, from
   * Bermuda to Guam. Its country-level fallback, not geography.
   */
  private final List<String> nanpFallback =
      zones.getTimeZonesForNumber(util.getExampleNumberForType("US", PhoneNumberType.TOLL_FREE));

  public CalleeLocation locate(String phone, String timezone, String zip, String state) {
    return locate(phone, timezone, zip, state, false);
  }

  /**
   * @param locationVerified the operator vouches that the given zone is where the callee is (a
   *     ported or mobile-verified number): a given zone then replaces the other zones; states still
   *     add up
   * @throws ComplianceInputException for a number, zone, ZIP or state that cannot be read; the
   *     message names what is wrong
   */
  public CalleeLocation locate(
      String phone, String timezone, String zip, String state, boolean locationVerified) {
    PhoneNumber number = parse(phone);
    String givenState = normalizeState(state);
    ZoneId givenZone = timezone == null || timezone.isBlank() ? null : zone(timezone);
    Optional<ZipTable.Entry> zipEntry = zipEntry(zip);

    Set<ZoneId> found = new LinkedHashSet<>();
    Set<String> states = new TreeSet<>();
    List<Reason> sources = new ArrayList<>();
    Optional<String> numberState = numberState(number);
    fromNumber(number, numberState, found, sources);
    numberState.ifPresent(states::add);
    zipEntry.ifPresent(
        entry -> {
          found.addAll(entry.zones());
          states.add(entry.state());
          sources.add(
              new Reason(
                  "LOCATION_ZIP",
                  "ZIP " + zip.trim() + " is in " + entry.state() + ": zones " + ids(entry.zones()),
                  false));
        });
    if (givenState != null) {
      states.add(givenState);
      sources.add(
          new Reason("LOCATION_STATE", "state " + givenState + " given for the contact", false));
    }
    if (givenZone != null && locationVerified) {
      found.clear();
      found.add(givenZone);
      sources.add(
          new Reason(
              "LOCATION_ZONE_VERIFIED",
              "time zone "
                  + givenZone.getId()
                  + " given for a contact whose location is verified (locationVerified): it"
                  + " replaces the zones of the number and the ZIP",
              false));
    } else if (givenZone != null) {
      found.add(givenZone);
      sources.add(
          new Reason(
              "LOCATION_ZONE",
              "time zone " + givenZone.getId() + " given for the contact: added to the candidates",
              false));
    }
    boolean stateUnknown = number.getCountryCode() == 1 && numberState.isEmpty();
    return new CalleeLocation(List.copyOf(found), states, stateUnknown, sources);
  }

  /** The number in E.164, the form every list and the ledger store it in. */
  public String e164(String phone) {
    return util.format(parse(phone), PhoneNumberUtil.PhoneNumberFormat.E164);
  }

  private void fromNumber(
      PhoneNumber number, Optional<String> state, Set<ZoneId> found, List<Reason> sources) {
    List<String> candidates = zones.getTimeZonesForNumber(number);
    boolean us = number.getCountryCode() == 1;
    PhoneNumberType type = util.getNumberType(number);
    String where = state.map(s -> "; state " + s).orElse("; no state");
    if (us && type == PhoneNumberType.TOLL_FREE) {
      found.addAll(ALL_US_ZONES);
      sources.add(new Reason("ZONE_ALL_US", "toll-free number: " + allUs() + where, false));
    } else if (us && candidates.equals(nanpFallback)) {
      found.addAll(ALL_US_ZONES);
      sources.add(
          new Reason(
              "ZONE_NANP_FALLBACK",
              "libphonenumber maps the number to every NANP zone at once, its fallback for a"
                  + " number it cannot place, not geography: "
                  + allUs()
                  + where,
              false));
    } else if (candidates.isEmpty() || candidates.contains(UNKNOWN_ZONE)) {
      if (!us) {
        throw new ComplianceInputException(
            "phone",
            "the number's location is unknown and it is outside the US: no calling window"
                + " applies");
      }
      found.addAll(ALL_US_ZONES);
      sources.add(new Reason("ZONE_ALL_US", "number with no known location: " + allUs(), false));
    } else {
      List<ZoneId> zonesOfNumber = candidates.stream().map(ZoneId::of).toList();
      found.addAll(zonesOfNumber);
      sources.add(
          new Reason(
              "ZONE_FROM_NUMBER",
              "from the number's area code and exchange (libphonenumber): zones "
                  + ids(zonesOfNumber)
                  + where,
              false));
    }
  }

  private static String allUs() {
    return "allowed only when every US zone (continental, Alaska, Hawaii, the territories) allows"
        + " it";
  }

  private Optional<ZipTable.Entry> zipEntry(String zip) {
    if (zip == null || zip.isBlank()) {
      return Optional.empty();
    }
    if (!zip.trim().matches("\\d{5}(-\\d{4})?")) {
      throw new ComplianceInputException(
          "zip", "zip must be a US ZIP code such as 32501; got " + zip);
    }
    return zipTable.find(zip.trim());
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
