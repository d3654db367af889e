package dev.dialer.activities.campaign;

/** A claim's try that a newer try of the same claim replaced: everything it did is rolled back. */
class ClaimOverrun extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ClaimOverrun(String campaignId, String claimToken) {
    super(
        "campaign "
            + campaignId
            + " claim "
            + claimToken
            + ": a newer try of this claim took over; this one claimed nothing");
  }
}
