package dev.dialer.activities.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import dev.dialer.activities.DialerProperties;
import dev.dialer.activities.call.NewCall;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Recording is opt-in: by the single call's record, or by its campaign's recording. */
class RecordingParamsTest {

  private static DialStack stack;
  private static RecordingParams params;

  @BeforeAll
  static void start() throws Exception {
    stack = new DialStack();
    params = new RecordingParams(stack.jdbc, new CallbackUrls(DialerProperties.bind(Map.of())));
  }

  @AfterAll
  static void stop() throws Exception {
    stack.postgres.close();
  }

  @Test
  void givenACallOfARecordingCampaign_whenDialed_itShouldBeRecorded() {
    String callId = call(campaign(true));

    assertThat(params.wanted(callId)).isTrue();
  }

  @Test
  void givenACallOfACampaignThatDoesNotRecord_whenDialed_itShouldNotBeRecorded() {
    String callId = call(campaign(false));

    assertThat(params.wanted(callId)).isFalse();
  }

  @Test
  void givenASingleCallThatAskedToBeRecorded_whenDialed_itShouldBeRecordedWithASignedCallback() {
    String callId = call(null);
    stack
        .jdbc
        .sql("UPDATE call_ledger SET record = true WHERE call_id = :id")
        .param("id", callId)
        .update();

    var creator =
        params.apply(
            Call.creator(
                new PhoneNumber("+12125550100"),
                new PhoneNumber("+14155550100"),
                URI.create("http://127.0.0.1/twilio/voice")),
            callId);

    assertThat(params.wanted(callId)).isTrue();
    assertThat(creator).extracting("record").isEqualTo(true);
    assertThat(creator)
        .extracting("recordingStatusCallback")
        .asString()
        .contains(CallbackUrls.RECORDING_PATH + "?callId=" + callId);
  }

  @Test
  void givenASingleCallThatDidNotAsk_whenDialed_itsCreateShouldCarryNoRecordingParameter() {
    String callId = call(null);

    var creator =
        params.apply(
            Call.creator(
                new PhoneNumber("+12125550100"),
                new PhoneNumber("+14155550100"),
                URI.create("http://127.0.0.1/twilio/voice")),
            callId);

    assertThat(creator).extracting("record").isNull();
    assertThat(creator).extracting("recordingStatusCallback").isNull();
  }

  private static String campaign(boolean recording) {
    String id = "rec-" + UUID.randomUUID().toString().substring(0, 8);
    stack
        .jdbc
        .sql(
            "INSERT INTO campaign (campaign_id, name, purpose, status, settings, recording)"
                + " VALUES (:id, :id, 'CUSTOM', 'DRAFT', '{}'::jsonb, :recording)")
        .param("id", id)
        .param("recording", recording)
        .update();
    return id;
  }

  private static String call(String campaignId) {
    String callId = "rec-call-" + UUID.randomUUID();
    stack.ledger.create(
        new NewCall(
            callId, "call:" + callId, "+12125550100", "+14155550100", Map.of(), null, null));
    if (campaignId != null) {
      stack
          .jdbc
          .sql("UPDATE call_ledger SET campaign_id = :campaign WHERE call_id = :id")
          .param("campaign", campaignId)
          .param("id", callId)
          .update();
    }
    return callId;
  }
}
