package dev.dialer.media.outcome;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The callee's time zone, against which "tomorrow at 5 pm" is read: the contact's own zone when its
 * campaign upload gave one, else the zone of the number (libphonenumber; the first it lists when
 * the area code spans several), else UTC.
 */
@Component
class CalleeZones {

  private final JdbcClient jdbc;
  private final PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
  private final PhoneNumberToTimeZonesMapper zones = PhoneNumberToTimeZonesMapper.getInstance();

  CalleeZones(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  ZoneId of(String callId, String phone) {
    return contactZone(callId).or(() -> numberZone(phone)).orElse(ZoneOffset.UTC);
  }

  private Optional<ZoneId> contactZone(String callId) {
    return jdbc.sql(
            """
            SELECT cc.timezone FROM call_ledger l
              JOIN campaign_contact cc ON cc.contact_id = l.contact_id
             WHERE l.call_id = :callId AND cc.timezone IS NOT NULL
            """)
        .param("callId", callId)
        .query(String.class)
        .optional()
        .flatMap(CalleeZones::zone);
  }

  private Optional<ZoneId> numberZone(String phone) {
    if (phone == null) {
      return Optional.empty();
    }
    try {
      List<String> listed = zones.getTimeZonesForNumber(numbers.parse(phone, "US"));
      return listed.stream().map(CalleeZones::zone).flatMap(Optional::stream).findFirst();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<ZoneId> zone(String id) {
    try {
      return Optional.of(ZoneId.of(id));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
