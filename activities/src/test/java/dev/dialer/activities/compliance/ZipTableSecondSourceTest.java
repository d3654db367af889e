package dev.dialer.activities.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ZIP3 table against a second, independent source: libphonenumber's geocoder and time zones for
 * a landline number of the same town. The state must agree, and every zone the number rings in must
 * be one of the ZIP's candidates.
 */
class ZipTableSecondSourceTest {

  private static final ZipTable TABLE = new ZipTable();
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  @ParameterizedTest(name = "ZIP {0} and {1}")
  @CsvSource({
    "20166, +17034371234", // Dulles / Herndon, Virginia
    "05501, +19784751234", // Andover, Massachusetts
    "32501, +18504331234", // Pensacola, Florida (Central)
    "85001, +16022531234", // Phoenix
    "96799, +16846331234", // Pago Pago, American Samoa
    "96950, +16702341234", // Saipan, Northern Mariana Islands
    "96910, +16714721234", // Hagatna, Guam
    "00901, +17877211234", // San Juan, Puerto Rico
    "00802, +13407731234", // St. Thomas, US Virgin Islands
    "99501, +19072761234", // Anchorage
    "10001, +12125550101", // New York
    "59001, +14065551234", // Montana
  })
  void givenAZipAndANumberOfTheSameTown_itShouldAgreeOnStateAndZone(String zip, String phone)
      throws NumberParseException {
    PhoneNumber number = UTIL.parse(phone, null);
    ZipTable.Entry entry = TABLE.find(zip).orElseThrow();
    String geocoded =
        UsStates.fromGeocoder(
                PhoneNumberOfflineGeocoder.getInstance()
                    .getDescriptionForNumber(number, Locale.ENGLISH))
            .orElseThrow();
    assertThat(entry.state()).isEqualTo(geocoded);
    for (String zone : PhoneNumberToTimeZonesMapper.getInstance().getTimeZonesForNumber(number)) {
      assertThat(sameRules(entry, ZoneId.of(zone)))
          .as("ZIP %s lists %s; the number rings in %s", zip, entry.zones(), zone)
          .isTrue();
    }
  }

  /** A zone listed, or one with the same rules (Guam and Saipan share UTC+10 without DST). */
  private static boolean sameRules(ZipTable.Entry entry, ZoneId zone) {
    return entry.zones().stream()
        .anyMatch(z -> z.equals(zone) || z.getRules().equals(zone.getRules()));
  }
}
