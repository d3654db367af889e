package dev.dialer.activities.compliance;

import dev.dialer.activities.dnc.DncStore;
import dev.dialer.workflows.compliance.Purpose;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a check reads the facts it does not compute: the database one query at a time ({@link
 * #direct}), or a batch of checks loaded together ({@link ComplianceFactBatch}). Both answer each
 * question alike, so a check decides the same either way.
 */
interface ComplianceFactSource {

  List<StateRule> rules(Collection<String> states, Purpose purpose);

  List<StateRule> rules(Purpose purpose);

  Map<String, List<HolidayRule>> stateHolidays(Collection<String> states);

  /** Federal holidays and those of {@code states}, from {@code fromYear} to {@code toYear}. */
  default HolidayCalendar holidays(int fromYear, int toYear, Set<String> states) {
    return HolidayCalendar.forYears(fromYear, toYear, stateHolidays(states));
  }

  List<DncHit> dncHits(String phone, String campaignId, boolean national);

  Optional<String> person(String campaignId, String phone);

  List<Attempt> history(String phone, String person, Instant since);

  Optional<LocalDate> latestSnapshot();

  /** Each question a query of its own: for one check. */
  static ComplianceFactSource direct(DncStore dnc, ComplianceStore store) {
    return new ComplianceFactSource() {
      @Override
      public List<StateRule> rules(Collection<String> states, Purpose purpose) {
        return store.rules(states, purpose);
      }

      @Override
      public List<StateRule> rules(Purpose purpose) {
        return store.rules(purpose);
      }

      @Override
      public Map<String, List<HolidayRule>> stateHolidays(Collection<String> states) {
        return store.stateHolidays(states);
      }

      @Override
      public List<DncHit> dncHits(String phone, String campaignId, boolean national) {
        return dnc.hits(phone, campaignId, national);
      }

      @Override
      public Optional<String> person(String campaignId, String phone) {
        return store.person(campaignId, phone);
      }

      @Override
      public List<Attempt> history(String phone, String person, Instant since) {
        return store.history(phone, person, since);
      }

      @Override
      public Optional<LocalDate> latestSnapshot() {
        return dnc.latestSnapshot();
      }
    };
  }
}
