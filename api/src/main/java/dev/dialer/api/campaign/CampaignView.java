package dev.dialer.api.campaign;

import dev.dialer.workflows.campaign.CampaignPurpose;
import dev.dialer.workflows.campaign.CampaignStatus;
import dev.dialer.workflows.campaign.ContactState;
import java.time.Instant;

/**
 * A campaign as {@code GET /api/campaigns/{id}} shows it.
 *
 * @param attempts calls the campaign started (call ledger rows)
 * @param callsInFlight contacts being dialed or on a call now
 * @param currentCps dials started in the last ten seconds, per second
 * @param eta when the contacts waiting now will have been dialed at this pace ({@link Eta}); null
 *     unless RUNNING
 * @param pauseReason why the dialer paused the campaign itself (Twilio refused the account, the
 *     compliance check was unavailable); null for a campaign not paused, or paused by an operator
 */
public record CampaignView(
    String id,
    String name,
    CampaignPurpose purpose,
    CampaignStatus status,
    SettingsView settings,
    CampaignCounts counts,
    long attempts,
    long callsInFlight,
    double currentCps,
    Instant nextEligibleAt,
    Instant createdAt,
    Instant startedAt,
    Instant completedAt,
    Instant eta,
    String pauseReason) {

  static CampaignView of(CampaignRecord campaign, CampaignNumbers numbers) {
    return new CampaignView(
        campaign.id(),
        campaign.name(),
        campaign.purpose(),
        campaign.status(),
        SettingsView.of(campaign.settings()),
        CampaignCounts.of(numbers),
        numbers.attempts(),
        numbers.state(ContactState.DIALING),
        numbers.dialsLast10s() / 10.0,
        numbers.nextEligibleAt(),
        campaign.createdAt(),
        campaign.startedAt(),
        campaign.completedAt(),
        campaign.status() == CampaignStatus.RUNNING
            ? Eta.estimate(numbers, campaign.settings().pacing())
            : null,
        campaign.status() == CampaignStatus.PAUSED ? campaign.pauseReason() : null);
  }
}
