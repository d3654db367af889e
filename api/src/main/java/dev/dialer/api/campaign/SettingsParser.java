package dev.dialer.api.campaign;

import dev.dialer.api.web.ApiException;
import dev.dialer.api.web.E164;
import dev.dialer.workflows.campaign.AgentScript;
import dev.dialer.workflows.campaign.CampaignPurpose;
import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.ComplianceProfile;
import dev.dialer.workflows.campaign.Pacing;
import dev.dialer.workflows.campaign.RetryPolicy;
import dev.dialer.workflows.campaign.Schedule;
import dev.dialer.workflows.campaign.SettingsChange;
import dev.dialer.workflows.campaign.SettingsProblem;
import dev.dialer.workflows.compliance.Purpose;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns request bodies into {@link CampaignSettings}. Text that does not parse is a 400 naming its
 * field; what parses is then judged by {@code CampaignSettingsRules}, the same rules the running
 * workflow applies to a change.
 */
final class SettingsParser {

  static final Pacing DEFAULT_PACING = new Pacing(1, 10);

  private SettingsParser() {}

  static CampaignSettings settings(CreateCampaignRequest body, String defaultCallerId) {
    return new CampaignSettings(
        purpose(body.purpose()),
        body.callerId() == null ? defaultCallerId : E164.of("callerId", body.callerId()),
        agent(body.agent()),
        schedule(body.schedule()),
        pacing(body.pacing(), DEFAULT_PACING),
        retry(body.retry(), RetryPolicy.none()),
        compliance(body.compliance()));
  }

  /** A PATCH as a change; absent parts of pacing, retry and hours keep their current values. */
  static SettingsChange change(SettingsPatch patch, CampaignSettings current) {
    Schedule schedule =
        current.schedule() == null ? new Schedule(null, null, null) : current.schedule();
    ScheduleBody asked = patch.schedule();
    if (asked != null && asked.startAt() != null) {
      throw ApiException.invalid(
          "schedule.startAt",
          "'schedule.startAt' cannot be changed; a campaign starts at its startAt or when started.");
    }
    return new SettingsChange(
        patch.pacing() == null ? null : pacing(patch.pacing(), current.pacing()),
        asked == null || asked.callingHours() == null
            ? null
            : CallingHoursParser.parse(asked.callingHours(), schedule.callingHours()),
        patch.retry() == null ? null : retry(patch.retry(), current.retry()),
        asked == null ? null : instant("schedule.endAt", asked.endAt()));
  }

  /** A 400 naming the first problem's field, with every problem in the message. */
  static void check(List<SettingsProblem> problems) {
    if (!problems.isEmpty()) {
      throw ApiException.invalid(
          problems.get(0).field(),
          problems.stream().map(SettingsProblem::toString).collect(Collectors.joining("; ")) + ".");
    }
  }

  static CampaignPurpose purpose(String value) {
    return named("purpose", value, CampaignPurpose.class, true);
  }

  static RetryPolicy retry(RetryBody body, RetryPolicy base) {
    if (body == null) {
      return base;
    }
    Map<String, Duration> delays = base.delays();
    if (body.delays() != null) {
      delays = new LinkedHashMap<>();
      for (Map.Entry<String, String> delay : body.delays().entrySet()) {
        delays.put(delay.getKey(), duration("retry.delays." + delay.getKey(), delay.getValue()));
      }
    }
    return new RetryPolicy(
        body.maxAttempts() == null ? base.maxAttempts() : body.maxAttempts(), delays);
  }

  /** Transfer numbers in E.164, each named by its index; a timeout the agent can hold for. */
  private static AgentScript agent(AgentScript agent) {
    if (agent == null) {
      return new AgentScript(null, null, null);
    }
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < agent.transferNumbers().size(); i++) {
      numbers.add(E164.of("agent.transferNumbers[" + i + "]", agent.transferNumbers().get(i)));
    }
    Duration timeout = agent.clarificationTimeout();
    if (timeout != null && (timeout.isNegative() || timeout.isZero() || timeout.toHours() >= 1)) {
      throw ApiException.invalid(
          "agent.clarificationTimeout",
          "'agent.clarificationTimeout' must be an ISO-8601 duration above zero and under an"
              + " hour, such as PT45S; got "
              + timeout
              + ".");
    }
    return agent.withTransferNumbers(numbers);
  }

  private static Pacing pacing(PacingBody body, Pacing base) {
    if (body == null) {
      return base;
    }
    return new Pacing(
        body.callsPerSecond() == null ? base.callsPerSecond() : body.callsPerSecond(),
        body.maxConcurrentCalls() == null ? base.maxConcurrentCalls() : body.maxConcurrentCalls());
  }

  private static Schedule schedule(ScheduleBody body) {
    if (body == null) {
      return new Schedule(null, null, null);
    }
    return new Schedule(
        instant("schedule.startAt", body.startAt()),
        instant("schedule.endAt", body.endAt()),
        body.callingHours() == null ? null : CallingHoursParser.parse(body.callingHours(), null));
  }

  private static ComplianceProfile compliance(ComplianceBody body) {
    if (body == null) {
      return null;
    }
    return new ComplianceProfile(
        named("compliance.purpose", body.purpose(), Purpose.class, false),
        body.maxAttemptsPerDay());
  }

  private static Instant instant(String field, String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(
          field,
          "'"
              + field
              + "' must be an ISO-8601 instant such as 2026-12-01T14:00:00Z; got '"
              + value
              + "'.");
    }
  }

  private static Duration duration(String field, String value) {
    try {
      return Duration.parse(value == null ? "" : value.trim());
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(
          field,
          "'"
              + field
              + "' must be an ISO-8601 duration such as PT10M, PT2H or P1D; got '"
              + value
              + "'.");
    }
  }

  private static <E extends Enum<E>> E named(
      String field, String value, Class<E> type, boolean required) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    if (value == null || value.isBlank()) {
      if (required) {
        throw ApiException.invalid(field, "'" + field + "' is required: one of " + names + ".");
      }
      return null;
    }
    String name = value.trim().toUpperCase(Locale.ROOT);
    if (!names.contains(name)) {
      throw ApiException.invalid(
          field, "'" + field + "' must be one of " + names + "; got '" + value + "'.");
    }
    return Enum.valueOf(type, name);
  }
}
