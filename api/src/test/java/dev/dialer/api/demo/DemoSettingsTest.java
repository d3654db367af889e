package dev.dialer.api.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoSettingsTest {

  @Test
  void givenOnlyAKey_whenRead_itShouldUseTheLocalApiAndThreeMinutes() {
    DemoSettings settings = DemoSettings.fromEnvironment(Map.of("DIALER_API_KEY", "k"));

    assertThat(settings.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080"));
    assertThat(settings.timeout()).isEqualTo(Duration.ofMinutes(3));
  }

  @Test
  void givenAnUrlWithATrailingSlashAndATimeout_whenRead_itShouldUseThem() {
    DemoSettings settings =
        DemoSettings.fromEnvironment(
            Map.of("DIALER_API_KEY", "k", "DIALER_URL", "http://h:9/", "DEMO_TIMEOUT", "5m"));

    assertThat(settings.baseUrl()).isEqualTo(URI.create("http://h:9"));
    assertThat(settings.timeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(DemoSettings.timeout("90")).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void givenNoKeyOrABadTimeout_whenRead_itShouldNameTheVariable() {
    assertThatThrownBy(() -> DemoSettings.fromEnvironment(Map.of()))
        .hasMessageContaining("DIALER_API_KEY");
    assertThatThrownBy(() -> DemoSettings.timeout("soon"))
        .hasMessageContaining("DEMO_TIMEOUT")
        .hasMessageContaining("'soon'");
  }
}
