package dev.dialer.workflows.campaign;

import dev.dialer.workflows.compliance.Purpose;

/**
 * What a campaign is for, as operators name it. Each maps to the compliance purpose whose rules
 * apply; a campaign may name a stricter one explicitly.
 */
public enum CampaignPurpose {
  /** Reminders of a payment due are debt collection: Regulation F's caps apply. */
  PAYMENT_REMINDER(Purpose.DEBT_COLLECTION),
  APPOINTMENT_CONFIRMATION(Purpose.INFORMATIONAL),
  FOLLOW_UP(Purpose.INFORMATIONAL),
  /** Unknown content gets the strictest reading: telemarketing rules and the national registry. */
  CUSTOM(Purpose.TELEMARKETING);

  private final Purpose compliancePurpose;

  CampaignPurpose(Purpose compliancePurpose) {
    this.compliancePurpose = compliancePurpose;
  }

  public Purpose compliancePurpose() {
    return compliancePurpose;
  }
}
