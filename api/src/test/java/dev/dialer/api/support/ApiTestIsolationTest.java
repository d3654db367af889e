package dev.dialer.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.activities.DialerProperties;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * A developer's shell may export a real Twilio account, a database and a media worker. The process
 * environment cannot be changed from inside the JVM, so this builds the environment the suite's
 * context gets, with such a shell in place of the real one, in the order Spring Boot stacks it: the
 * suite's inlined properties, then the system environment, then application.yml.
 */
class ApiTestIsolationTest {

  private static final Map<String, Object> DEVELOPER_SHELL =
      Map.of(
          "TWILIO_ACCOUNT_SID", "AC" + "9".repeat(32),
          "TWILIO_AUTH_TOKEN", "a-real-auth-token",
          "TWILIO_BASE_URL", "https://api.twilio.com",
          "TWILIO_CALLER_ID", "+15005550006",
          "DATABASE_URL", "postgres://dev:secret@db.example.com:5432/dialer",
          "MEDIA_RELAY_URL", "wss://media.example.com/relay");

  @Test
  void givenAShellWithATwilioAccountAndADatabase_theSuiteStillUsesTheSimAndTheEmbeddedDatabase()
      throws IOException {
    DialerProperties shellOnly = bind(environment(new String[0]));
    DialerProperties suite = bind(environment(suiteProperties()));

    assertThat(shellOnly.twilio().simulated())
        .as("without the suite's properties the shell reaches the application")
        .isFalse();
    assertThat(suite.twilio().simulated()).isTrue();
    assertThat(suite.twilio().effectiveAccountSid())
        .isEqualTo(DialerProperties.TwilioSettings.SIM_ACCOUNT_SID);
    assertThat(suite.twilio().authToken()).isEmpty();
    assertThat(suite.twilio().baseUrl()).isEmpty();
    assertThat(suite.twilio().callerId()).isEqualTo("+14155550100");
    assertThat(suite.databaseUrl()).isEmpty();
    assertThat(suite.media().relayUrl()).isEqualTo("ws://127.0.0.1:8081/relay");
  }

  private static String[] suiteProperties() {
    return ApiTestSupport.class.getAnnotation(SpringBootTest.class).properties();
  }

  private static StandardEnvironment environment(String[] inlined) throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .replace(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, DEVELOPER_SHELL));
    new YamlPropertySourceLoader()
        .load("application.yml", new ClassPathResource("application.yml"))
        .forEach(environment.getPropertySources()::addLast);
    TestPropertySourceUtils.addInlinedPropertiesToEnvironment(
        environment, Arrays.copyOf(inlined, inlined.length));
    return environment;
  }

  private static DialerProperties bind(StandardEnvironment environment) {
    return Binder.get(environment).bindOrCreate("dialer", DialerProperties.class);
  }
}
