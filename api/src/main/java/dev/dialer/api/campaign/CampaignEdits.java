package dev.dialer.api.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.web.ApiException;
import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.CampaignSettingsRules;
import dev.dialer.workflows.campaign.CampaignStatus;
import dev.dialer.workflows.campaign.SettingsChange;
import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * {@code PATCH}: pacing, calling hours, retry rules and the end time. A DRAFT's change is checked
 * and stored here; a started campaign's goes to its workflow as an Update, whose validator has the
 * last word.
 */
@Service
class CampaignEdits {

  private static final Set<String> FIXED =
      Set.of("name", "purpose", "callerId", "agent", "compliance", "contacts", "start");

  private final CampaignRecords store;
  private final CampaignService campaigns;
  private final CampaignWorkflows workflows;
  private final StrictJson strictJson;
  private final Clock clock = Clock.systemUTC();

  CampaignEdits(
      CampaignRecords store,
      CampaignService campaigns,
      CampaignWorkflows workflows,
      StrictJson strictJson) {
    this.store = store;
    this.campaigns = campaigns;
    this.workflows = workflows;
    this.strictJson = strictJson;
  }

  CampaignView patch(String id, JsonNode body) {
    if (body != null && body.isObject()) {
      body.fieldNames()
          .forEachRemaining(
              field -> {
                if (FIXED.contains(field)) {
                  throw ApiException.invalid(
                      field,
                      "'"
                          + field
                          + "' cannot be changed after a campaign is created; PATCH changes"
                          + " pacing, retry, schedule.callingHours and schedule.endAt.");
                }
              });
    }
    SettingsPatch patch = strictJson.read(body, SettingsPatch.class);
    CampaignRecord campaign = campaigns.find(id);
    if (campaign.status().isFinal()) {
      throw CampaignErrors.ended(campaign, "changed");
    }
    SettingsChange change = SettingsParser.change(patch, campaign.settings());
    if (campaign.status() == CampaignStatus.DRAFT) {
      SettingsParser.check(
          CampaignSettingsRules.problems(campaign.settings(), change, clock.instant()));
      if (store.saveSettings(id, campaign.settings().with(change), true)) {
        return campaigns.get(id);
      }
      // Started meanwhile: from here on the workflow holds the settings.
    }
    CampaignSettings updated = workflows.updateSettings(id, change);
    store.saveSettings(id, updated, false);
    return campaigns.get(id);
  }
}
