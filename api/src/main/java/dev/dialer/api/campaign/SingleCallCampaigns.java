package dev.dialer.api.campaign;

import dev.dialer.workflows.campaign.AgentScript;
import dev.dialer.workflows.campaign.CampaignPurpose;
import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.CampaignSettingsRules;
import dev.dialer.workflows.campaign.Pacing;
import dev.dialer.workflows.campaign.RetryPolicy;
import dev.dialer.workflows.campaign.Schedule;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A single call with retries runs as a campaign of one contact, so that retries have one mechanism:
 * the campaign's hopper and its retry rules.
 */
@Service
public class SingleCallCampaigns {

  private final CampaignService campaigns;

  SingleCallCampaigns(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  /** Creates and starts the campaign; an Idempotency-Key is its id. */
  public CampaignAck start(SingleCall call, String idempotencyKey) {
    String id = CampaignIds.of(idempotencyKey);
    CampaignSettings settings =
        new CampaignSettings(
            call.purpose() == null
                ? CampaignPurpose.CUSTOM
                : SettingsParser.purpose(call.purpose()),
            call.from(),
            new AgentScript(
                call.prompt(),
                call.firstMessage(),
                call.voice().voicemailMessage(),
                call.voice().transferNumbers(),
                null),
            new Schedule(null, null, null),
            new Pacing(1, 1),
            SettingsParser.retry(call.retry(), RetryPolicy.none()),
            null);
    SettingsParser.check(CampaignSettingsRules.problems(settings));
    ContactRow contact =
        new ContactRow(1, call.to(), null, null, null, null, call.customParameters(), null);
    return campaigns.create(
        new NewCampaign(
            id, "call to " + call.to(), settings, List.of(contact), true, call.record()));
  }
}
