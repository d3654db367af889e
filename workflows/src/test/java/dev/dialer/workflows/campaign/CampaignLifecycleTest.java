package dev.dialer.workflows.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CampaignLifecycleTest {

  private static final Instant START = Instant.parse("2026-12-01T14:00:00Z");
  private static final long BEFORE = START.toEpochMilli() - 1;
  private static final long AFTER = START.toEpochMilli() + 1;

  @Test
  void aCampaignWithoutAStartTimeRunsAtOnce() {
    CampaignLifecycle lifecycle = CampaignLifecycle.first(null, BEFORE);

    assertThat(lifecycle.status()).isEqualTo(CampaignStatus.RUNNING);
    assertThat(lifecycle.started()).isTrue();
  }

  @Test
  void aCampaignPausedBeforeItsStartIsScheduledAgainWhenResumedEarly() {
    CampaignLifecycle lifecycle = CampaignLifecycle.first(new Schedule(START, null, null), BEFORE);

    assertThat(lifecycle.pause()).isTrue();
    assertThat(lifecycle.resume(START, BEFORE)).isTrue();

    assertThat(lifecycle.status()).isEqualTo(CampaignStatus.SCHEDULED);
    assertThat(lifecycle.begin(START, BEFORE)).isFalse();
    assertThat(lifecycle.begin(START, AFTER)).isTrue();
    assertThat(lifecycle.status()).isEqualTo(CampaignStatus.RUNNING);
  }

  @Test
  void aCampaignResumedAfterItsStartRunsAtOnce() {
    CampaignLifecycle lifecycle = CampaignLifecycle.first(new Schedule(START, null, null), BEFORE);
    lifecycle.pause();

    lifecycle.resume(START, AFTER);

    assertThat(lifecycle.status()).isEqualTo(CampaignStatus.RUNNING);
    assertThat(lifecycle.started()).isTrue();
  }

  @Test
  void resumingARunningCampaignChangesNothing() {
    CampaignLifecycle lifecycle = CampaignLifecycle.first(null, BEFORE);

    assertThat(lifecycle.resume(null, AFTER)).isFalse();
    assertThat(lifecycle.status()).isEqualTo(CampaignStatus.RUNNING);
  }

  @Test
  void aCampaignBeingCanceledReportsCanceledAndRefusesPauseButNotASecondCancel() {
    CampaignLifecycle lifecycle = CampaignLifecycle.first(null, BEFORE);

    lifecycle.cancel("wrong list");

    assertThat(lifecycle.reported()).isEqualTo(CampaignStatus.CANCELED);
    assertThat(lifecycle.status()).isEqualTo(CampaignStatus.RUNNING);
    assertThat(lifecycle.refusal("pause", false)).contains("being canceled");
    assertThat(lifecycle.refusal("cancel", true)).isNull();
    assertThat(lifecycle.endReason()).isEqualTo("campaign canceled: wrong list");
  }

  @Test
  void aFinishedCampaignRefusesEveryControl() {
    CampaignLifecycle lifecycle = CampaignLifecycle.first(null, BEFORE);

    lifecycle.finish(CampaignStatus.COMPLETED);

    assertThat(lifecycle.refusal("cancel", true))
        .isEqualTo("cannot cancel: the campaign is COMPLETED");
    assertThat(lifecycle.pause()).isFalse();
  }
}
