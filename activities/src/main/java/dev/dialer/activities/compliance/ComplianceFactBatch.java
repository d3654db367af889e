package dev.dialer.activities.compliance;

import dev.dialer.activities.dnc.DncStore;
import dev.dialer.workflows.compliance.Purpose;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of a batch of checks, each kind loaded once for every check of the batch: a claim of
 * 100 contacts reads the lists in a handful of queries instead of about ten per contact. A question
 * outside what the batch announced falls back to its own query, so every answer is the one {@link
 * ComplianceFactSource#direct} gives. Lives for one batch: what it read is never reused later.
 */
final class ComplianceFactBatch implements ComplianceFactSource {

  /** What one check of the batch will ask: its number, campaign, lists and history start. */
  record Key(String phone, String campaignId, boolean national, String person, Instant since) {}

  private record Group(String campaignId, boolean national) {}

  private final ComplianceFactSource direct;
  private final ComplianceStore store;
  private final DncStore dncStore;
  private final List<Key> keys;
  private final Map<Purpose, List<StateRule>> rules = new HashMap<>();
  private final Map<Group, Map<String, List<DncHit>>> dnc = new HashMap<>();
  private final Map<String, Map<String, String>> persons = new HashMap<>();
  private final Map<List<Object>, HolidayCalendar> calendars = new HashMap<>();
  private final Map<Group, Set<String>> phonesByGroup = new HashMap<>();
  private final Map<String, Set<String>> phonesByCampaign = new HashMap<>();
  private Map<String, List<HolidayRule>> holidays;
  private Optional<LocalDate> snapshot;
  private History history;

  private record History(
      Set<String> phones, Set<String> persons, Instant since, List<PersonAttempt> attempts) {}

  ComplianceFactBatch(
      ComplianceFactSource direct, ComplianceStore store, DncStore dncStore, List<Key> keys) {
    this.direct = direct;
    this.store = store;
    this.dncStore = dncStore;
    this.keys = keys;
    for (Key key : keys) {
      phonesByGroup
          .computeIfAbsent(new Group(key.campaignId(), key.national()), g -> new HashSet<>())
          .add(key.phone());
      if (key.campaignId() != null) {
        phonesByCampaign.computeIfAbsent(key.campaignId(), c -> new HashSet<>()).add(key.phone());
      }
    }
  }

  @Override
  public List<StateRule> rules(Collection<String> states, Purpose purpose) {
    if (states.isEmpty()) {
      return List.of();
    }
    return rules(purpose).stream().filter(rule -> states.contains(rule.state())).toList();
  }

  @Override
  public List<StateRule> rules(Purpose purpose) {
    return rules.computeIfAbsent(purpose, store::rules);
  }

  @Override
  public Map<String, List<HolidayRule>> stateHolidays(Collection<String> states) {
    if (holidays == null) {
      holidays = new HashMap<>();
      for (StateHoliday h : store.allStateHolidays()) {
        holidays.computeIfAbsent(h.state(), s -> new ArrayList<>()).add(h.holiday());
      }
    }
    Map<String, List<HolidayRule>> byState = new HashMap<>();
    for (String state : states) {
      List<HolidayRule> rows = holidays.get(state);
      if (rows != null) {
        byState.put(state, new ArrayList<>(rows));
      }
    }
    return byState;
  }

  /** The same calendar for every check of the batch with the same years and states. */
  @Override
  public HolidayCalendar holidays(int fromYear, int toYear, Set<String> states) {
    return calendars.computeIfAbsent(
        List.of(fromYear, toYear, Set.copyOf(states)),
        k -> HolidayCalendar.forYears(fromYear, toYear, stateHolidays(states)));
  }

  @Override
  public List<DncHit> dncHits(String phone, String campaignId, boolean national) {
    Group group = new Group(campaignId, national);
    Set<String> phones = phonesByGroup.getOrDefault(group, Set.of());
    if (!phones.contains(phone)) {
      return direct.dncHits(phone, campaignId, national);
    }
    return dnc.computeIfAbsent(group, g -> dncStore.hits(phones, campaignId, national))
        .getOrDefault(phone, List.of());
  }

  @Override
  public Optional<String> person(String campaignId, String phone) {
    Set<String> phones =
        campaignId == null ? Set.of() : phonesByCampaign.getOrDefault(campaignId, Set.of());
    if (!phones.contains(phone)) {
      return direct.person(campaignId, phone);
    }
    return Optional.ofNullable(
        persons.computeIfAbsent(campaignId, c -> store.persons(c, phones)).get(phone));
  }

  @Override
  public List<Attempt> history(String phone, String person, Instant since) {
    if (history == null) {
      history = loadHistory();
    }
    if (!history.phones().contains(phone)
        || (person != null && !history.persons().contains(person))
        || since.isBefore(history.since())) {
      return direct.history(phone, person, since);
    }
    List<Attempt> found = new ArrayList<>();
    for (PersonAttempt row : history.attempts()) {
      boolean whom =
          phone.equals(row.toNumber()) || (person != null && person.equals(row.person()));
      if (whom && row.attempt().at().isAfter(since)) {
        found.add(row.attempt());
      }
    }
    return found;
  }

  @Override
  public Optional<LocalDate> latestSnapshot() {
    if (snapshot == null) {
      snapshot = direct.latestSnapshot();
    }
    return snapshot;
  }

  /** Every check's number and person (given, or named by its contact), from the earliest start. */
  private History loadHistory() {
    Set<String> phones = new LinkedHashSet<>();
    Set<String> people = new LinkedHashSet<>();
    Instant since = null;
    for (Key key : keys) {
      phones.add(key.phone());
      String person =
          key.person() != null
              ? key.person()
              : key.campaignId() == null
                  ? null
                  : person(key.campaignId(), key.phone()).orElse(null);
      if (person != null) {
        people.add(person);
      }
      since = since == null || key.since().isBefore(since) ? key.since() : since;
    }
    if (since == null) {
      return new History(Set.of(), Set.of(), Instant.MAX, List.of());
    }
    return new History(phones, people, since, store.histories(phones, people, since));
  }
}
