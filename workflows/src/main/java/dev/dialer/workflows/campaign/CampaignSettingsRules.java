package dev.dialer.workflows.campaign;

import dev.dialer.workflows.compliance.DayHours;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What makes campaign settings valid. The REST API checks a new campaign with it, and the
 * workflow's update validator checks a change with it, so both refuse the same things.
 */
public final class CampaignSettingsRules {

  public static final int MAX_ATTEMPTS = 20;
  public static final Duration MIN_DELAY = Duration.ofSeconds(1);
  public static final Duration MAX_DELAY = Duration.ofDays(30);
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

  private CampaignSettingsRules() {}

  public static List<SettingsProblem> problems(CampaignSettings settings) {
    List<SettingsProblem> problems = new ArrayList<>();
    if (settings.purpose() == null) {
      problems.add(new SettingsProblem("purpose", "purpose is required"));
    }
    if (settings.callerId() == null || !E164.matcher(settings.callerId()).matches()) {
      problems.add(
          new SettingsProblem("callerId", "callerId must be an E.164 number such as +14155550100"));
    }
    pacing(settings.pacing(), problems);
    retry(settings.retry(), problems);
    schedule(settings.schedule(), problems);
    if (settings.compliance() != null
        && settings.compliance().maxAttemptsPerDay() != null
        && settings.compliance().maxAttemptsPerDay() < 1) {
      problems.add(
          new SettingsProblem(
              "compliance.maxAttemptsPerDay", "maxAttemptsPerDay must be at least 1"));
    }
    return problems;
  }

  /** The problems of {@code current} with {@code change} applied, at workflow time {@code now}. */
  public static List<SettingsProblem> problems(
      CampaignSettings current, SettingsChange change, Instant now) {
    List<SettingsProblem> problems = new ArrayList<>();
    if (change == null
        || (change.pacing() == null
            && change.callingHours() == null
            && change.retry() == null
            && change.endAt() == null)) {
      problems.add(
          new SettingsProblem(
              "body", "give at least one of pacing, schedule.callingHours, retry, schedule.endAt"));
      return problems;
    }
    if (change.endAt() != null && !change.endAt().isAfter(now)) {
      problems.add(
          new SettingsProblem(
              "schedule.endAt",
              "endAt " + change.endAt() + " is not in the future (now " + now + ")"));
    }
    problems.addAll(problems(current.with(change)));
    return problems;
  }

  private static void pacing(Pacing pacing, List<SettingsProblem> problems) {
    if (pacing == null) {
      problems.add(new SettingsProblem("pacing", "pacing is required"));
      return;
    }
    if (!(pacing.callsPerSecond() > 0) || pacing.callsPerSecond() > Pacing.MAX_CALLS_PER_SECOND) {
      problems.add(
          new SettingsProblem(
              "pacing.callsPerSecond",
              "callsPerSecond must be above 0 and at most " + (int) Pacing.MAX_CALLS_PER_SECOND));
    }
    if (pacing.maxConcurrentCalls() < 1
        || pacing.maxConcurrentCalls() > Pacing.MAX_CONCURRENT_CALLS) {
      problems.add(
          new SettingsProblem(
              "pacing.maxConcurrentCalls",
              "maxConcurrentCalls must be between 1 and " + Pacing.MAX_CONCURRENT_CALLS));
    }
  }

  private static void retry(RetryPolicy retry, List<SettingsProblem> problems) {
    if (retry == null) {
      problems.add(new SettingsProblem("retry", "retry is required"));
      return;
    }
    if (retry.maxAttempts() < 1 || retry.maxAttempts() > MAX_ATTEMPTS) {
      problems.add(
          new SettingsProblem(
              "retry.maxAttempts", "maxAttempts must be between 1 and " + MAX_ATTEMPTS));
    }
    for (Map.Entry<String, Duration> delay : retry.sortedDelays().entrySet()) {
      String field = "retry.delays." + delay.getKey();
      if (!RetryPolicy.RETRYABLE.contains(delay.getKey())) {
        problems.add(
            new SettingsProblem(
                field,
                "no retry for "
                    + delay.getKey()
                    + "; delays may be given for "
                    + RetryPolicy.RETRYABLE.stream().sorted().toList()));
      } else if (delay.getValue() == null
          || delay.getValue().compareTo(MIN_DELAY) < 0
          || delay.getValue().compareTo(MAX_DELAY) > 0) {
        problems.add(new SettingsProblem(field, "a delay must be between PT1S and P30D"));
      }
    }
  }

  private static void schedule(Schedule schedule, List<SettingsProblem> problems) {
    if (schedule == null) {
      return;
    }
    if (schedule.startAt() != null
        && schedule.endAt() != null
        && !schedule.endAt().isAfter(schedule.startAt())) {
      problems.add(new SettingsProblem("schedule.endAt", "endAt must be after startAt"));
    }
    if (schedule.callingHours() != null) {
      if (schedule.callingHours().days().isEmpty()) {
        problems.add(
            new SettingsProblem(
                "schedule.callingHours.days", "give at least one day the campaign may call"));
      }
      new TreeMap<>(schedule.callingHours().days())
          .forEach(
              (day, hours) -> {
                if (!valid(hours)) {
                  problems.add(
                      new SettingsProblem(
                          "schedule.callingHours",
                          "on " + day + " the start must be before the end"));
                }
              });
    }
  }

  private static boolean valid(DayHours hours) {
    return hours != null
        && hours.start() != null
        && hours.end() != null
        && hours.start().isBefore(hours.end());
  }
}
