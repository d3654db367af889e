package dev.dialer.api.campaign;

import dev.dialer.activities.campaign.CampaignEvents;
import java.util.List;

/** The events of a campaign, oldest first. */
record CampaignEventList(List<CampaignEvents.Event> events) {}
