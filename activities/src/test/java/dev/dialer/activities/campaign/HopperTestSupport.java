package dev.dialer.activities.campaign;

import static dev.dialer.activities.campaign.HopperFixture.noAnswerAfter;
import static dev.dialer.activities.campaign.HopperFixture.settings;

import dev.dialer.workflows.campaign.CampaignSettings;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test of the hopper: it gets the run's one {@link HopperFixture} as {@link #db}, and the
 * settings most of them claim with, so each test class does not repeat the hand-over.
 */
@ExtendWith(HopperFixture.Shared.class)
abstract class HopperTestSupport {

  /** Two hours between no-answer retries, three attempts. */
  static final CampaignSettings SETTINGS = settings(noAnswerAfter(Duration.ofHours(2), 3));

  static HopperFixture db;

  @BeforeAll
  static void start(HopperFixture fixture) {
    db = fixture;
  }
}
