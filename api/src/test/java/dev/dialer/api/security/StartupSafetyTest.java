package dev.dialer.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialer.activities.DialerProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The settings the api refuses to start with, each named in one line. */
@ExtendWith(OutputCaptureExtension.class)
class StartupSafetyTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(DialerProperties.class)
  @Import(StartupSafety.class)
  static class Settings {}

  private static final String REAL_TWILIO = "dialer.twilio.account-sid=AC123";
  private static final String TOKEN = "dialer.twilio.auth-token=token";
  private static final String HTTPS = "dialer.public-base-url=https://dialer.example.com";
  private static final String WSS = "dialer.media.relay-url=wss://media.example.com/relay";
  private static final String SECRET = "dialer.media.relay-secret=shared";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(Settings.class);

  @Test
  void givenTheLocalDefaults_itStarts() {
    runner.run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void givenAnAccountSidWithoutAuthToken_itRefusesToStart_namingTwilioAuthToken() {
    assertRefused("TWILIO_AUTH_TOKEN", REAL_TWILIO, HTTPS, WSS);
  }

  @Test
  void givenRealTwilioWithAPlainHttpPublicBaseUrl_itRefusesToStart_namingPublicBaseUrl() {
    assertRefused(
        "PUBLIC_BASE_URL must start with https://",
        REAL_TWILIO,
        TOKEN,
        WSS,
        "dialer.public-base-url=http://dialer.example.com");
  }

  @Test
  void givenRealTwilioWithAPlainWsRelayUrl_itRefusesToStart_namingMediaRelayUrl() {
    assertRefused(
        "MEDIA_RELAY_URL must start with wss://",
        REAL_TWILIO,
        TOKEN,
        HTTPS,
        "dialer.media.relay-url=ws://media.example.com/relay");
  }

  @Test
  void givenRealTwilioOverHttpsAndWss_itStarts() {
    runner
        .withPropertyValues(REAL_TWILIO, TOKEN, HTTPS, WSS)
        .run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void givenAnotherTwilioCompatibleEndpoint_plainUrlsAreAllowed() {
    runner
        .withPropertyValues(REAL_TWILIO, TOKEN, "dialer.twilio.base-url=http://127.0.0.1:8082")
        .run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void givenATemporalAddressOrDatabaseUrl_withoutARelaySecret_itRefusesToStart() {
    assertRefused("DIALER_RELAY_SECRET must be set", "TEMPORAL_ADDRESS=temporal:7233");
    assertRefused("DIALER_RELAY_SECRET must be set", "dialer.database-url=postgres://db/dialer");
    runner
        .withPropertyValues("TEMPORAL_ADDRESS=temporal:7233", SECRET)
        .run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void givenAnInsecureSetting_theStartFailsWithOneLineNamingIt(CapturedOutput output) {
    SpringApplicationBuilder app =
        new SpringApplicationBuilder(Settings.class).web(WebApplicationType.NONE);

    assertThatThrownBy(() -> app.run("--dialer.twilio.account-sid=AC123"))
        .hasRootCauseInstanceOf(InsecureSettingsException.class);
    assertThat(output.getOut() + output.getErr())
        .contains("APPLICATION FAILED TO START")
        .contains("TWILIO_ACCOUNT_SID is set without TWILIO_AUTH_TOKEN");
  }

  private void assertRefused(String message, String... properties) {
    runner
        .withPropertyValues(properties)
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(InsecureSettingsException.class)
                    .hasMessageContaining(message));
  }
}
