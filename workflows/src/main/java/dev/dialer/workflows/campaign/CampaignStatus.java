package dev.dialer.workflows.campaign;

public enum CampaignStatus {
  DRAFT,
  SCHEDULED,
  RUNNING,
  PAUSED,
  COMPLETED,
  CANCELED;

  public boolean isFinal() {
    return this == COMPLETED || this == CANCELED;
  }
}
