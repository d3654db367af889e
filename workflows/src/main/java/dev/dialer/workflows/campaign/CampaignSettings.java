package dev.dialer.workflows.campaign;

import dev.dialer.workflows.compliance.Purpose;

/** Everything a campaign runs by; pacing, hours, retry and endAt may change while it runs. */
public record CampaignSettings(
    CampaignPurpose purpose,
    String callerId,
    AgentScript agent,
    Schedule schedule,
    Pacing pacing,
    RetryPolicy retry,
    ComplianceProfile compliance) {

  public Purpose compliancePurpose() {
    return compliance != null && compliance.purpose() != null
        ? compliance.purpose()
        : purpose.compliancePurpose();
  }

  public Integer maxAttemptsPerDay() {
    return compliance == null ? null : compliance.maxAttemptsPerDay();
  }

  /** These settings with the change's non-null parts applied. */
  public CampaignSettings with(SettingsChange change) {
    Schedule current = schedule == null ? new Schedule(null, null, null) : schedule;
    Schedule changed =
        new Schedule(
            current.startAt(),
            change.endAt() != null ? change.endAt() : current.endAt(),
            change.callingHours() != null ? change.callingHours() : current.callingHours());
    return new CampaignSettings(
        purpose,
        callerId,
        agent,
        changed,
        change.pacing() != null ? change.pacing() : pacing,
        change.retry() != null ? change.retry() : retry,
        compliance);
  }
}
