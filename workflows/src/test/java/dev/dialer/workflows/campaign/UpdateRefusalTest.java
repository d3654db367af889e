package dev.dialer.workflows.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpdateRefusalTest {

  @Test
  void aRefusalReadsBackFromItsMessageEvenWhenTheSdkWrapsIt() {
    UpdateRefusal refusal =
        new UpdateRefusal(
            UpdateRefusal.INVALID_SETTINGS,
            "retry.delays.BUSY",
            "a delay must be between PT1S and P30D");

    assertThat(UpdateRefusal.parse(refusal.message())).contains(refusal);
    assertThat(UpdateRefusal.parse("message='" + refusal.message() + "'")).isPresent();
  }

  @Test
  void aRefusalWithoutAFieldAndAnyOtherMessage() {
    UpdateRefusal finished =
        new UpdateRefusal(UpdateRefusal.CAMPAIGN_FINISHED, null, "the campaign is COMPLETED");

    assertThat(UpdateRefusal.parse(finished.message())).contains(finished);
    assertThat(UpdateRefusal.parse("workflow task failed")).isEmpty();
    assertThat(UpdateRefusal.parse(null)).isEmpty();
  }
}
