package dev.dialer.api.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dialer.workflows.campaign.AgentScript;
import dev.dialer.workflows.campaign.CampaignPurpose;
import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.ComplianceProfile;
import dev.dialer.workflows.campaign.RetryPolicy;
import dev.dialer.workflows.campaign.Schedule;
import dev.dialer.workflows.compliance.CallingHours;
import dev.dialer.workflows.compliance.DayHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Campaign settings in the shape a create or PATCH body gives them, durations as ISO-8601. */
public record SettingsView(
    CampaignPurpose purpose,
    String callerId,
    AgentScript agent,
    ScheduleView schedule,
    PacingView pacing,
    RetryView retry,
    ComplianceProfile compliance) {

  public record ScheduleView(Instant startAt, Instant endAt, HoursView callingHours) {}

  /**
   * @param byDay only when days have different hours, which the API itself never sets
   * @param excludeDates local dates without calls
   * @param excludeHolidays whether federal holidays are skipped
   */
  public record HoursView(
      String start,
      String end,
      List<DayOfWeek> days,
      @JsonInclude(JsonInclude.Include.NON_NULL) Map<DayOfWeek, String> byDay,
      List<LocalDate> excludeDates,
      boolean excludeHolidays) {}

  public record PacingView(double callsPerSecond, int maxConcurrentCalls) {}

  public record RetryView(int maxAttempts, Map<String, String> delays) {}

  static SettingsView of(CampaignSettings settings) {
    Schedule schedule =
        settings.schedule() == null ? new Schedule(null, null, null) : settings.schedule();
    RetryPolicy retry = settings.retry() == null ? RetryPolicy.none() : settings.retry();
    Map<String, String> delays = new LinkedHashMap<>();
    retry.sortedDelays().forEach((name, delay) -> delays.put(name, String.valueOf(delay)));
    return new SettingsView(
        settings.purpose(),
        settings.callerId(),
        settings.agent(),
        new ScheduleView(schedule.startAt(), schedule.endAt(), hours(schedule.callingHours())),
        settings.pacing() == null
            ? null
            : new PacingView(
                settings.pacing().callsPerSecond(), settings.pacing().maxConcurrentCalls()),
        new RetryView(retry.maxAttempts(), delays),
        settings.compliance());
  }

  private static HoursView hours(CallingHours hours) {
    if (hours == null) {
      return null;
    }
    List<DayOfWeek> days = new TreeMap<>(hours.days()).keySet().stream().toList();
    DayHours uniform = CallingHoursParser.uniform(hours);
    if (uniform != null) {
      return new HoursView(
          uniform.start().toString(),
          uniform.end().toString(),
          days,
          null,
          hours.excludeDates(),
          hours.skipsHolidays());
    }
    Map<DayOfWeek, String> byDay = new TreeMap<>();
    hours.days().forEach((day, h) -> byDay.put(day, h.start() + "-" + h.end()));
    return new HoursView(null, null, days, byDay, hours.excludeDates(), hours.skipsHolidays());
  }
}
