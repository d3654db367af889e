package dev.dialer.api.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.activities.DialerProperties;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.call.NewCall;
import dev.dialer.api.support.ApiTestSupport;
import dev.dialer.workflows.WorkflowIds;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The voice webhook of a call with a voicemail message holds it in silence (Pause + Redirect back
 * to itself) until the AMD verdict is stored; only then, and only for a person, the relay.
 */
class AmdHoldWebhookTest extends ApiTestSupport {

  private static final Pattern REDIRECT =
      Pattern.compile("<Redirect method=\"POST\">([^<]+)</Redirect>");

  @Autowired CallLedger ledger;
  @Autowired DialerProperties properties;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;

  private final String callId = "amd-hold-" + UUID.randomUUID();
  private final String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");

  @Test
  void givenNoVerdictYet_whenTheVoiceUrlIsFetched_itShouldPauseAndRedirectToASignedVoiceUrl() {
    created();

    String twiml = voice(voiceUrl(true, null));

    assertThat(twiml).contains("<Pause length=\"1\"/>").doesNotContain("<Connect");
    String redirect = redirectUrl(twiml);
    assertThat(redirect)
        .isEqualTo(
            api.baseUrl()
                + "/twilio/voice?callId="
                + callId
                + "&awaitAmd=true&amdWait="
                + AmdHold.PAUSE_SECONDS);
    // Twilio signs its request to the Redirect URL as it signs every webhook: the api accepts it.
    String next = voice(redirect);
    assertThat(redirectUrl(next)).endsWith("&amdWait=" + 2 * AmdHold.PAUSE_SECONDS);
  }

  @Test
  void givenAHumanVerdictStored_whenTheRedirectComesBack_itShouldConnectTheRelay() {
    created();
    verdict("human");

    String twiml = voice(voiceUrl(true, 3));

    assertThat(twiml).contains("<Connect").contains("<ConversationRelay").doesNotContain("<Pause");
  }

  @Test
  void givenAnUnknownVerdictStored_whenTheRedirectComesBack_itShouldConnectTheRelay() {
    created();
    verdict("unknown");

    assertThat(voice(voiceUrl(true, 3))).contains("<ConversationRelay");
  }

  @Test
  void givenAMachineVerdictStored_whenTheRedirectComesBack_itShouldKeepPausingNeverConnect() {
    created();
    verdict("machine_end_beep");

    String twiml = voice(voiceUrl(true, 3));

    assertThat(twiml)
        .contains("<Pause length=\"" + AmdHold.MACHINE_PAUSE_SECONDS + "\"/>")
        .doesNotContain("<Connect");
    assertThat(redirectUrl(twiml)).contains("callId=" + callId + "&awaitAmd=true");
    long bound = properties.twilio().amdVerdictWait().toSeconds();
    assertThat(voice(voiceUrl(true, (int) bound + 60))).doesNotContain("<Connect");
  }

  @Test
  void givenNoVerdictWithinTheBound_whenTheRedirectComesBack_itShouldConnectTheRelayAnyway() {
    created();
    int bound = (int) properties.twilio().amdVerdictWait().toSeconds();

    assertThat(voice(voiceUrl(true, bound - 1))).contains("<Pause").doesNotContain("<Connect");
    assertThat(voice(voiceUrl(true, bound))).contains("<ConversationRelay");
  }

  @Test
  void givenACallWithoutAVoicemailMessage_whenTheVoiceUrlIsFetched_itShouldConnectAtOnce() {
    created();

    String twiml = voice(voiceUrl(false, null));

    assertThat(twiml).contains("<ConversationRelay").doesNotContain("<Pause");
  }

  @Test
  void givenTheVerdictLookup_whenPlanned_itShouldUseTheInboxCallIndex() {
    String plan =
        tx.execute(
            status -> {
              // The test table is small enough for a sequential scan: ask whether the index serves.
              jdbc.sql("SET LOCAL enable_seqscan = off").update();
              return String.join(
                  "\n",
                  jdbc.sql("EXPLAIN " + AmdVerdicts.SQL)
                      .param("callId", callId)
                      .param("kind", InboxEntry.AMD)
                      .query(String.class)
                      .list());
            });

    assertThat(plan).contains("webhook_inbox_call_idx");
  }

  private void created() {
    ledger.create(
        new NewCall(
            callId,
            WorkflowIds.call(callId),
            "+12025550182",
            "+14155550100",
            Map.of(),
            null,
            null));
  }

  /** The AMD callback, signed and posted as Twilio does: stored in the inbox first. */
  private void verdict(String answeredBy) {
    String url = api.baseUrl() + "/twilio/amd?callId=" + callId;
    Map<String, String> form =
        new TreeMap<>(
            Map.of(
                "CallSid",
                callSid,
                "AccountSid",
                DialerProperties.TwilioSettings.SIM_ACCOUNT_SID,
                "AnsweredBy",
                answeredBy,
                "MachineDetectionDuration",
                "2100"));
    assertThat(WebhookSignatureTest.post(url, form, WebhookSignatureTest.sign(url, form)))
        .isEqualTo(204);
  }

  private String voiceUrl(boolean awaitAmd, Integer amdWait) {
    return api.baseUrl()
        + "/twilio/voice?callId="
        + callId
        + (awaitAmd ? "&awaitAmd=true" : "")
        + (amdWait != null ? "&amdWait=" + amdWait : "");
  }

  /** Posts Twilio's voice request to {@code url}, signed for it; the TwiML answered. */
  private String voice(String url) {
    Map<String, String> form =
        new TreeMap<>(
            Map.of(
                "CallSid", callSid,
                "AccountSid", DialerProperties.TwilioSettings.SIM_ACCOUNT_SID,
                "CallStatus", "in-progress",
                "To", "+12025550182",
                "From", "+14155550100"));
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    var reply =
        api.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", WebhookSignatureTest.sign(url, form))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    assertThat(reply.status()).as("voice webhook %s: %s", url, reply.raw().body()).isEqualTo(200);
    return reply.raw().body();
  }

  private static String redirectUrl(String twiml) {
    Matcher matcher = REDIRECT.matcher(twiml);
    assertThat(matcher.find()).as("a Redirect in %s", twiml).isTrue();
    return matcher.group(1).replace("&amp;", "&");
  }
}
