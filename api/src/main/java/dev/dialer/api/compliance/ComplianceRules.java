package dev.dialer.api.compliance;

import dev.dialer.activities.compliance.ComplianceStore;
import dev.dialer.activities.compliance.StateRule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/** The rule table in the words an operator reads it in. */
@Service
class ComplianceRules {

  static final List<String> FEDERAL =
      List.of(
          "FEDERAL_WINDOW: calls 08:00-21:00 at the called party's location, in every candidate"
              + " zone (TCPA, 47 CFR 64.1200(c)(1); FDCPA, 15 U.S.C. 1692c(a)(1))",
          "REG_F_7_IN_7 (debt collection): at most 7 calls in 7 days per debt, counted per person"
              + " across their numbers (12 CFR 1006.14(b)(2)(i))",
          "REG_F_AFTER_CONVERSATION (debt collection): none within 7 days after a telephone"
              + " conversation about the debt (12 CFR 1006.14(b)(2)(ii))",
          "REG_F_CONSENT (debt collection): a call the callee asked for on an earlier call (a"
              + " requested callback, placed at or after the time they named and within 7 days"
              + " of asking) is not counted by the two rules above (12 CFR 1006.14(b)(3)(i));"
              + " a conversation on it still starts the 7-day wait for the calls after it",
          "FEDERAL_HOLIDAYS: the legal public holidays of 5 U.S.C. 6103(a), computed for every"
              + " year, on their actual and observed dates; banned where a state rule bans"
              + " holidays or a campaign sets excludeHolidays");

  private final ComplianceStore store;

  ComplianceRules(ComplianceStore store) {
    this.store = store;
  }

  RulesView list() {
    List<StateRule> rows = store.allRules();
    List<RuleView> views = new ArrayList<>();
    for (StateRule row : rows) {
      views.add(view(row, until(rows, row)));
    }
    List<HolidayView> holidays =
        store.allStateHolidays().stream()
            .map(
                h ->
                    new HolidayView(
                        h.state(),
                        h.holiday().name(),
                        h.holiday().rule(),
                        h.holiday().shifts(),
                        h.citation(),
                        h.verified()))
            .toList();
    long unverified = rows.stream().filter(r -> !r.verified()).count();
    return new RulesView(FEDERAL, views, holidays, unverified);
  }

  private static LocalDate until(List<StateRule> rows, StateRule row) {
    return rows.stream()
        .filter(r -> r.state().equals(row.state()) && r.purpose() == row.purpose())
        .map(StateRule::effectiveFrom)
        .filter(d -> d.isAfter(row.effectiveFrom()))
        .min(LocalDate::compareTo)
        .orElse(null);
  }

  private static RuleView view(StateRule row, LocalDate until) {
    String cap =
        row.maxCalls() == null || row.capWindowHours() == null
            ? null
            : row.maxCalls() == 0
                ? "none at all"
                : row.maxCalls() + " per " + row.capWindowHours() + " h";
    return new RuleView(
        row.state(),
        row.purpose(),
        row.effectiveFrom(),
        until,
        hours(row.windowStart(), row.windowEnd()),
        hours(row.saturdayStart(), row.saturdayEnd()),
        hours(row.sundayStart(), row.sundayEnd()),
        row.noSundays(),
        row.noHolidays() ? row.holidayDates() : null,
        row.noHolidays() && row.stateHolidays(),
        row.clock() == null ? null : row.clock().getId(),
        cap,
        row.citation(),
        row.verified());
  }

  private static String hours(LocalTime start, LocalTime end) {
    if (start == null && end == null) {
      return null;
    }
    return Objects.toString(start, "00:00") + "-" + Objects.toString(end, "24:00");
  }
}
