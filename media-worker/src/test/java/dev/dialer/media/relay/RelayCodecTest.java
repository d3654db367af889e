package dev.dialer.media.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Twilio's ConversationRelay messages, as twilio-protocol.json documents them. */
class RelayCodecTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void givenTwiliosSetup_whenRead_itShouldKeepTheCallAndItsCustomParameters() {
    RelayMessage message =
        RelayCodec.read(
            """
            {"type":"setup","sessionId":"VX00000000000000000000000000000000",
             "accountSid":"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX","parentCallSid":"",
             "callSid":"CA00000000000000000000000000000000","from":"+18005550100",
             "to":"+18005550101","forwardedFrom":"+18005550102","callType":"PSTN",
             "callerName":"","direction":"inbound","callStatus":"RINGING",
             "customParameters":{"callReference":"bar"}}""");

    assertThat(message)
        .isEqualTo(
            new RelayMessage.Setup(
                "VX00000000000000000000000000000000",
                "CA00000000000000000000000000000000",
                "+18005550100",
                "+18005550101",
                "inbound",
                Map.of("callReference", "bar")));
  }

  @Test
  void givenAnInterruptDuration_whenANumberOrAString_itShouldReadBoth() {
    assertThat(
            RelayCodec.read(
                "{\"type\":\"interrupt\",\"utteranceUntilInterrupt\":\"Life is a complex set of\","
                    + "\"durationUntilInterruptMs\":460}"))
        .isEqualTo(new RelayMessage.Interrupt("Life is a complex set of", 460L));
    assertThat(
            RelayCodec.read(
                "{\"type\":\"interrupt\",\"utteranceUntilInterrupt\":\"x\","
                    + "\"durationUntilInterruptMs\":\"460\"}"))
        .isEqualTo(new RelayMessage.Interrupt("x", 460L));
  }

  @Test
  void givenPromptDtmfErrorAndUnknownTypes_whenRead_itShouldTellThemApart() {
    assertThat(
            RelayCodec.read(
                "{\"type\":\"prompt\",\"voicePrompt\":\"Hi!\",\"lang\":\"en-US\",\"last\":false}"))
        .isEqualTo(new RelayMessage.Prompt("Hi!", "en-US", false));
    assertThat(RelayCodec.read("{\"type\":\"dtmf\",\"digit\":\"1\"}"))
        .isEqualTo(new RelayMessage.Dtmf("1"));
    assertThat(RelayCodec.read("{\"type\":\"error\",\"description\":\"Invalid message\"}"))
        .isEqualTo(new RelayMessage.Error("Invalid message"));
    assertThat(RelayCodec.read("{\"type\":\"speaker-event\"}"))
        .isEqualTo(new RelayMessage.Other("speaker-event"));
    assertThat(RelayCodec.read("not json")).isEqualTo(new RelayMessage.Other(null));
  }

  @Test
  void givenOutboundMessages_whenWritten_itShouldCarryTwiliosFieldsAndAStringHandoff()
      throws Exception {
    assertThat(JSON.readTree(RelayCodec.text(" untrimmed ", true)))
        .isEqualTo(JSON.readTree("{\"type\":\"text\",\"token\":\" untrimmed \",\"last\":true}"));
    assertThat(JSON.readTree(RelayCodec.sendDigits("9www4085551212")))
        .isEqualTo(JSON.readTree("{\"type\":\"sendDigits\",\"digits\":\"9www4085551212\"}"));
    String end = RelayCodec.end(RelayCodec.handoff(Map.of("reason", "end_call")));
    assertThat(JSON.readTree(end).get("handoffData").isTextual()).isTrue();
    assertThat(JSON.readTree(JSON.readTree(end).get("handoffData").asText()).get("reason").asText())
        .isEqualTo("end_call");
    assertThat(JSON.readTree(RelayCodec.play("https://api.twilio.com/cowbell.mp3", 1)))
        .isEqualTo(
            JSON.readTree(
                "{\"type\":\"play\",\"source\":\"https://api.twilio.com/cowbell.mp3\",\"loop\":1}"));
    assertThat(JSON.readTree(RelayCodec.language("sv-SE", null)))
        .isEqualTo(JSON.readTree("{\"type\":\"language\",\"ttsLanguage\":\"sv-SE\"}"));
    assertThatThrownBy(() -> RelayCodec.language(null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
