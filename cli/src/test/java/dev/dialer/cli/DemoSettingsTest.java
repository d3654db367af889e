package dev.dialer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoSettingsTest {

  @Test
  void givenOnlyAKey_whenRead_itShouldRunTwoHundredContactsAtTwentyPerSecondForFiveMinutes() {
    DemoSettings settings = DemoSettings.fromEnvironment(Map.of("DIALER_API_KEY", "k"));

    assertThat(settings.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080"));
    assertThat(settings.timeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.contacts()).isEqualTo(200);
    assertThat(settings.callsPerSecond()).isEqualTo(20);
    assertThat(settings.home()).isEqualTo(Path.of(".dialer").toAbsolutePath());
  }

  @Test
  void givenEverySetting_whenRead_itShouldUseThem() {
    DemoSettings settings =
        DemoSettings.fromEnvironment(
            Map.of(
                "DIALER_API_KEY", "k",
                "DIALER_URL", "http://h:9/",
                "DEMO_TIMEOUT", "2m",
                "DEMO_CONTACTS", "1000",
                "DEMO_CPS", "2.5",
                "DIALER_HOME", "/tmp/dialer-home"));

    assertThat(settings.baseUrl()).isEqualTo(URI.create("http://h:9"));
    assertThat(settings.timeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.contacts()).isEqualTo(1000);
    assertThat(settings.callsPerSecond()).isEqualTo(2.5);
    assertThat(settings.reportFile("c-1"))
        .isEqualTo(Path.of("/tmp/dialer-home/reports/campaign-c-1.csv"));
    assertThat(DemoSettings.timeout("90")).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void givenWatchsDefaultTimeoutInHours_whenRead_itShouldBeADayNotAnError() {
    assertThat(DemoSettings.duration("--timeout", new CampaignWatchCommand(null).timeout))
        .isEqualTo(Duration.ofHours(24));
    assertThat(DemoSettings.duration("--timeout", "30m")).isEqualTo(Duration.ofMinutes(30));
    assertThatThrownBy(() -> DemoSettings.duration("--timeout", "a day"))
        .hasMessageContaining("--timeout")
        .hasMessageContaining("'a day'");
  }

  @Test
  void givenAnIdWithPathCharacters_whenTheReportIsNamed_itShouldStayInTheReportsDirectory() {
    DemoSettings settings =
        DemoSettings.fromEnvironment(Map.of("DIALER_API_KEY", "k", "DIALER_HOME", "/h"));

    assertThat(settings.reportFile("../campaign:7"))
        .isEqualTo(Path.of("/h/reports/campaign-.._campaign_7.csv"));
  }

  @Test
  void givenNoKeyOrABadValue_whenRead_itShouldNameTheVariable() {
    assertThatThrownBy(() -> DemoSettings.fromEnvironment(Map.of()))
        .hasMessageContaining("DIALER_API_KEY");
    assertThatThrownBy(() -> DemoSettings.timeout("soon"))
        .hasMessageContaining("DEMO_TIMEOUT")
        .hasMessageContaining("'soon'");
    assertThatThrownBy(() -> DemoSettings.contacts("0"))
        .hasMessageContaining("DEMO_CONTACTS")
        .hasMessageContaining("'0'");
    assertThatThrownBy(() -> DemoSettings.callsPerSecond("fast"))
        .hasMessageContaining("DEMO_CPS")
        .hasMessageContaining("'fast'");
    assertThatThrownBy(() -> DemoSettings.callsPerSecond("500"))
        .hasMessageContaining("at most 200");
  }
}
