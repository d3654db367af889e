package dev.dialer.activities.campaign;

import static dev.dialer.activities.campaign.HopperFixture.AT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.campaign.CampaignStateChange;
import dev.dialer.workflows.campaign.CampaignStatus;
import dev.dialer.workflows.campaign.SavedState;
import org.junit.jupiter.api.Test;

/** A campaign that ended stays ended, whatever a late save of its workflow says. */
class FinalStatusGuardTest extends HopperTestSupport {

  @Test
  void
      givenADraftCanceledBeforeItsWorkflowSaved_whenTheWorkflowSavesRunning_itShouldStayCanceled() {
    String campaign = db.campaign(SETTINGS);
    db.jdbc
        .sql("UPDATE campaign SET status = 'CANCELED', completed_at = now() WHERE campaign_id = :c")
        .param("c", campaign)
        .update();

    SavedState saved =
        db.activities.saveState(
            new CampaignStateChange(campaign, CampaignStatus.RUNNING, SETTINGS, AT));

    assertThat(status(campaign)).isEqualTo("CANCELED");
    assertThat(saved.stored()).isFalse();
    assertThat(saved.endedAs()).isEqualTo(CampaignStatus.CANCELED);
  }

  @Test
  void givenACompletedCampaign_whenItsWorkflowSavesCanceled_itShouldStayCompleted() {
    String campaign = db.campaign(SETTINGS);
    db.activities.saveState(
        new CampaignStateChange(campaign, CampaignStatus.COMPLETED, SETTINGS, AT));

    SavedState again =
        db.activities.saveState(
            new CampaignStateChange(
                campaign, CampaignStatus.CANCELED, SETTINGS, AT.plusSeconds(60)));

    assertThat(status(campaign)).isEqualTo("COMPLETED");
    assertThat(again.endedAs()).isEqualTo(CampaignStatus.COMPLETED);
  }

  @Test
  void givenACanceledCampaign_whenTheSameFinalStatusIsSavedAgain_itShouldCountAsStored() {
    String campaign = db.campaign(SETTINGS);
    db.activities.saveState(
        new CampaignStateChange(campaign, CampaignStatus.CANCELED, SETTINGS, AT));

    SavedState again =
        db.activities.saveState(
            new CampaignStateChange(campaign, CampaignStatus.CANCELED, SETTINGS, AT));

    assertThat(again.stored()).isTrue();
  }

  private static String status(String campaign) {
    return db.jdbc
        .sql("SELECT status FROM campaign WHERE campaign_id = :c")
        .param("c", campaign)
        .query(String.class)
        .single();
  }
}
