package dev.dialer.activities.campaign;

import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.ContactState;
import dev.dialer.workflows.compliance.ComplianceCheckRequest;
import dev.dialer.workflows.compliance.ComplianceContext;
import java.time.Instant;
import java.util.Map;

/**
 * A campaign contact as the hopper reads it.
 *
 * @param attempts dials counted towards the campaign's maxAttempts
 * @param calls calls created for the contact, refused ones included: numbers its callIds
 */
record HopperContact(
    long contactId,
    String campaignId,
    String phone,
    String name,
    String timezone,
    String zip,
    String usState,
    Map<String, String> customParameters,
    ContactState state,
    int attempts,
    int calls,
    String lastCallId) {

  /** The check the hopper runs for this contact: the same rules the call's own check reads. */
  ComplianceCheckRequest complianceAt(CampaignSettings settings, Instant at) {
    var hours = settings.schedule() == null ? null : settings.schedule().callingHours();
    return new ComplianceContext(
            campaignId,
            settings.compliancePurpose(),
            hours,
            timezone,
            zip,
            usState,
            null,
            settings.maxAttemptsPerDay())
        .at(phone, at);
  }
}
