package dev.dialer.activities.compliance;

import dev.dialer.workflows.compliance.Block;
import dev.dialer.workflows.compliance.ComplianceDecision;
import dev.dialer.workflows.compliance.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides one call from loaded facts. Pure: no clock, no database, so that property tests can run
 * it over many cases. A call is allowed at an instant when the callee is on no do-not-call list,
 * every window rule is open in every candidate zone, and no frequency cap is reached.
 */
public final class ComplianceEngine {

  /**
   * How far ahead the next allowed instant is searched; beyond it the answer is "never". Every rule
   * repeats weekly in local time and caps last at most 7 days, so a month sees every case but hours
   * that overlap across zones only under the other DST regime.
   */
  static final Duration HORIZON = Duration.ofDays(32);

  private static final int DAYS_WITHOUT_WINDOW = 15;
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

  public ComplianceDecision decide(ComplianceFacts facts) {
    List<ZoneId> zones = facts.location().zones();
    Instant at = facts.at();
    Map<String, String> localTimes = new LinkedHashMap<>();
    for (ZoneId zone : zones) {
      localTimes.put(zone.getId(), LOCAL.format(at.atZone(zone)));
    }
    List<String> zoneIds = zones.stream().map(ZoneId::getId).toList();
    List<Reason> blocking = new ArrayList<>();
    List<Reason> applied = new ArrayList<>();
    applied.addAll(facts.location().sources());

    if (!facts.dnc().isEmpty()) {
      facts.dnc().forEach(hit -> blocking.add(new Reason(hit.rule(), hit.detail(), true)));
      return decision(Block.DNC, blocking, applied, zoneIds, localTimes, null);
    }
    List<WindowRule> windows = Constraints.windows(facts);
    List<FrequencyCap> caps = Constraints.caps(facts);
    Constraints.regFConsent(facts)
        .ifPresent(
            consent ->
                applied.add(
                    new Reason(
                        RegFConsent.RULE,
                        "the callee asked on the call of "
                            + consent.at()
                            + " to be called back from "
                            + consent.callbackAt()
                            + ": Regulation F's call frequencies do not count this call"
                            + " (12 CFR 1006.14(b)(3)(i))",
                        false)));
    explainWindows(windows, zones, at, blocking, applied);
    Set<String> explained = new HashSet<>();
    for (FrequencyCap cap : caps) {
      if (!cap.inForce(at) || !explained.add(cap.rule() + cap.source())) {
        continue;
      }
      long count = cap.count(at);
      boolean reached = count >= cap.max();
      String detail =
          count
              + " of at most "
              + cap.max()
              + " attempts in "
              + cap.window().toHours()
              + " h"
              + " ("
              + cap.source()
              + ")";
      (reached ? blocking : applied).add(new Reason(cap.rule(), detail, reached));
    }
    Instant next = nextAllowed(at, clocks(zones, windows), caps);
    Block block = null;
    if (blocking.stream().anyMatch(r -> isWindowRule(r.rule()))) {
      block = Block.WINDOW;
    } else if (!blocking.isEmpty()) {
      block = Block.CAP;
    }
    if (block != null && next == null) {
      blocking.add(
          new Reason(
              "NO_WINDOW",
              "no instant in the next "
                  + HORIZON.toDays()
                  + " days is allowed in every zone by every rule",
              true));
    }
    return decision(block, blocking, applied, zoneIds, localTimes, next);
  }

  /**
   * Steps forward to the earliest instant every constraint allows. Each constraint reports the
   * earliest instant at or after t at which it alone is satisfied; none of them can be satisfied
   * before its own answer, so jumping to the latest answer skips no allowed instant.
   *
   * @param clocks the windows to hold in each clock: every candidate zone, and any fixed clock a
   *     statute names
   */
  static Instant nextAllowed(
      Instant at, Map<ZoneId, List<WindowRule>> clocks, List<FrequencyCap> caps) {
    Instant limit = at.plus(HORIZON);
    Instant t = at;
    while (!t.isAfter(limit)) {
      Instant candidate = t;
      for (Map.Entry<ZoneId, List<WindowRule>> clock : clocks.entrySet()) {
        Instant open = earliestOpen(clock.getValue(), clock.getKey(), t);
        if (open == null) {
          return null;
        }
        candidate = max(candidate, open);
      }
      for (FrequencyCap cap : caps) {
        Instant free = cap.earliest(t);
        if (free == null) {
          return null;
        }
        candidate = max(candidate, free);
      }
      if (candidate.equals(t)) {
        return t;
      }
      t = candidate;
    }
    return null;
  }

  /** Which windows hold in which clock: each window in each candidate zone's clock for it. */
  static Map<ZoneId, List<WindowRule>> clocks(List<ZoneId> zones, List<WindowRule> windows) {
    Map<ZoneId, List<WindowRule>> clocks = new LinkedHashMap<>();
    for (ZoneId zone : zones) {
      for (WindowRule window : windows) {
        List<WindowRule> in = clocks.computeIfAbsent(window.clock(zone), z -> new ArrayList<>());
        if (!in.contains(window)) {
          in.add(window);
        }
      }
    }
    return clocks;
  }

  static boolean open(WindowRule window, ZoneId zone, Instant t) {
    ZonedDateTime local = t.atZone(window.clock(zone));
    int[] hours = window.hours(local.toLocalDate());
    long second = local.toLocalTime().toSecondOfDay();
    return hours != null && second >= hours[0] * 60L && second < hours[1] * 60L;
  }

  /** The earliest instant at or after t when every window is open in this zone; null if none. */
  private static Instant earliestOpen(List<WindowRule> windows, ZoneId zone, Instant t) {
    LocalDate today = t.atZone(zone).toLocalDate();
    for (int i = 0; i < DAYS_WITHOUT_WINDOW; i++) {
      LocalDate day = today.plusDays(i);
      int start = 0;
      int end = 24 * 60;
      for (WindowRule window : windows) {
        int[] hours = window.hours(day);
        if (hours == null) {
          start = end;
          break;
        }
        start = Math.max(start, hours[0]);
        end = Math.min(end, hours[1]);
      }
      if (start >= end) {
        continue;
      }
      Instant open = at(day, start, zone);
      Instant close = at(day, end, zone);
      if (t.isBefore(close)) {
        return max(t, open);
      }
    }
    return null;
  }

  private static Instant at(LocalDate day, int minute, ZoneId zone) {
    if (minute >= 24 * 60) {
      return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
    return ZonedDateTime.of(day, LocalTime.of(minute / 60, minute % 60), zone).toInstant();
  }

  private static void explainWindows(
      List<WindowRule> windows,
      List<ZoneId> zones,
      Instant at,
      List<Reason> blocking,
      List<Reason> applied) {
    for (WindowRule window : windows) {
      List<String> closedIn = new ArrayList<>();
      for (ZoneId zone : zones) {
        if (!open(window, zone, at)) {
          ZonedDateTime local = at.atZone(window.clock(zone));
          closedIn.add(
              LOCAL.format(local)
                  + " in "
                  + window.clock(zone).getId()
                  + " ("
                  + hours(window, local.toLocalDate())
                  + ")");
        }
      }
      String source = window.source(at.atZone(window.clock(zones.get(0))).toLocalDate());
      if (closedIn.isEmpty()) {
        applied.add(
            new Reason(window.rule(), "open in every candidate zone (" + source + ")", false));
      } else {
        blocking.add(
            new Reason(
                window.rule(),
                "closed at "
                    + String.join(", ", closedIn.stream().distinct().toList())
                    + " ("
                    + source
                    + ")",
                true));
      }
    }
  }

  private static String hours(WindowRule window, LocalDate day) {
    int[] hours = window.hours(day);
    if (hours == null) {
      return "no calls on " + day.getDayOfWeek().toString().toLowerCase() + " " + day;
    }
    return "calls " + clock(hours[0]) + "–" + clock(hours[1]) + " local";
  }

  private static String clock(int minute) {
    return String.format("%02d:%02d", minute / 60, minute % 60);
  }

  private static boolean isWindowRule(String rule) {
    return rule.equals("FEDERAL_WINDOW")
        || rule.equals("CAMPAIGN_HOURS")
        || rule.startsWith("STATE_WINDOW:");
  }

  private static ComplianceDecision decision(
      Block block,
      List<Reason> blocking,
      List<Reason> applied,
      List<String> zones,
      Map<String, String> localTimes,
      Instant next) {
    List<Reason> reasons = new ArrayList<>(blocking);
    reasons.addAll(applied);
    return new ComplianceDecision(
        block == null, block, reasons, zones, localTimes, next, List.of());
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
