package dev.dialer.workflows.campaign;

import java.time.Instant;

/**
 * Where a campaign stands: SCHEDULED until its start time, RUNNING, PAUSED (from either), and
 * finally COMPLETED or CANCELED. A cancel is taken at once but finishes only when the calls in
 * flight have ended; meanwhile the campaign reports CANCELED and keeps the status it had
 * underneath.
 */
final class CampaignLifecycle {

  private CampaignStatus status;
  private boolean started;
  private boolean canceling;
  private String cancelReason;

  private CampaignLifecycle(CampaignStatus status, boolean started, boolean canceling) {
    this.status = status;
    this.started = started;
    this.canceling = canceling;
  }

  /** A new campaign: scheduled when its start time is still ahead, else running. */
  static CampaignLifecycle first(Schedule schedule, long nowMillis) {
    boolean waits =
        schedule != null
            && schedule.startAt() != null
            && schedule.startAt().toEpochMilli() > nowMillis;
    return waits
        ? new CampaignLifecycle(CampaignStatus.SCHEDULED, false, false)
        : new CampaignLifecycle(CampaignStatus.RUNNING, true, false);
  }

  static CampaignLifecycle carried(CampaignCarryOver carried) {
    return new CampaignLifecycle(carried.status(), carried.started(), carried.canceling());
  }

  /**
   * @return true when the campaign was running or waiting for its start and is now paused
   */
  boolean pause() {
    if (status != CampaignStatus.RUNNING && status != CampaignStatus.SCHEDULED) {
      return false;
    }
    status = CampaignStatus.PAUSED;
    return true;
  }

  /**
   * Back to running, or to waiting for the start time when that is still ahead.
   *
   * @return true when the campaign was paused
   */
  boolean resume(Instant startAt, long nowMillis) {
    if (status != CampaignStatus.PAUSED) {
      return false;
    }
    status = CampaignStatus.SCHEDULED;
    begin(startAt, nowMillis);
    return true;
  }

  void cancel(String reason) {
    if (!canceling) {
      canceling = true;
      cancelReason = reason;
    }
  }

  /**
   * Starts a scheduled campaign once its start time has come; a paused one waits for its resume.
   *
   * @return true when the campaign started now
   */
  boolean begin(Instant startAt, long nowMillis) {
    if (status != CampaignStatus.SCHEDULED
        || (startAt != null && startAt.toEpochMilli() > nowMillis)) {
      return false;
    }
    status = CampaignStatus.RUNNING;
    started = true;
    return true;
  }

  void finish(CampaignStatus finalStatus) {
    status = finalStatus;
  }

  /** Why a control or change cannot be taken any more, or null when it can. */
  String refusal(String what, boolean whileCanceling) {
    if (status.isFinal()) {
      return "cannot " + what + ": the campaign is " + status;
    }
    if (canceling && !whileCanceling) {
      return "cannot " + what + ": the campaign is being canceled";
    }
    return null;
  }

  /** The status operators see: a campaign being canceled is CANCELED for them. */
  CampaignStatus reported() {
    return canceling && !status.isFinal() ? CampaignStatus.CANCELED : status;
  }

  /** The status underneath a cancel: what a continued run must resume from. */
  CampaignStatus status() {
    return status;
  }

  boolean started() {
    return started;
  }

  boolean canceling() {
    return canceling;
  }

  /** The end request's reason for the calls in flight. */
  String endReason() {
    return cancelReason == null || cancelReason.isBlank()
        ? "campaign canceled"
        : "campaign canceled: " + cancelReason;
  }
}
