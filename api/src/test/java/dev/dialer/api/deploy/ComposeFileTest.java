package dev.dialer.api.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml as compose would read it (no engine runs here): the services, how they find
 * each other, their health checks, and that what they build from and mount exists.
 */
class ComposeFileTest {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final List<String> SCALED = List.of("api", "media-worker");

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> services() throws IOException {
    Map<String, Object> compose =
        new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
    return (Map<String, Map<String, Object>>) compose.get("services");
  }

  @Test
  void givenTheComposeFile_itShouldHaveEveryServiceTheDialerNeeds() throws IOException {
    assertThat(services())
        .containsKeys(
            "postgres",
            "temporal",
            "temporal-ui",
            "temporal-search-attributes",
            "api",
            "media-worker",
            "proxy",
            "twilio-sim",
            "prometheus",
            "grafana");
  }

  @Test
  @SuppressWarnings("unchecked")
  void givenScaledServices_itShouldPublishNoFixedHostPort_andTheProxyShould() throws IOException {
    var services = services();
    for (String name : SCALED) {
      assertThat(services.get(name)).as(name).doesNotContainKeys("ports", "container_name");
      assertThat(services.get(name)).as(name).containsKey("expose");
    }
    assertThat((List<Object>) services.get("proxy").get("ports"))
        .contains("127.0.0.1:8080:8080", "127.0.0.1:8081:8081");
  }

  @Test
  @SuppressWarnings("unchecked")
  void givenTheServices_itShouldWireThemToEachOtherAndToTheProxy() throws IOException {
    var services = services();
    Map<String, Object> api = (Map<String, Object>) services.get("api").get("environment");
    Map<String, Object> media =
        (Map<String, Object>) services.get("media-worker").get("environment");
    assertThat(String.valueOf(api.get("DATABASE_URL"))).contains("@postgres:5432/");
    assertThat(String.valueOf(api.get("TEMPORAL_ADDRESS"))).contains("temporal:7233");
    assertThat(String.valueOf(media.get("TEMPORAL_ADDRESS"))).contains("temporal:7233");
    // webhooks and relay through the proxy, so that any replica may take them
    assertThat(String.valueOf(api.get("PUBLIC_BASE_URL"))).contains("http://proxy:8080");
    assertThat(String.valueOf(api.get("MEDIA_RELAY_URL"))).contains("ws://proxy:8081/relay");
    assertThat(String.valueOf(api.get("TEMPORAL_UI_URL"))).contains("http://localhost:8088");
    assertThat(api.get("DIALER_RELAY_SECRET")).isEqualTo(media.get("DIALER_RELAY_SECRET"));
    assertThat(String.valueOf(api.get("DIALER_RELAY_SECRET"))).contains(":?");
    assertThat(String.valueOf(api.get("TWILIO_SIM_URL"))).contains("twilio-sim:8082");

    SoftAssertions softly = new SoftAssertions();
    services.forEach(
        (name, service) -> {
          Object dependsOn = service.get("depends_on");
          var needed = dependsOn instanceof Map<?, ?> map ? map.keySet() : (List<?>) dependsOn;
          if (needed != null) {
            softly
                .assertThat(services)
                .as(name + " depends on")
                .containsKeys(needed.stream().map(String::valueOf).toArray(String[]::new));
          }
        });
    softly.assertAll();
  }

  @Test
  @SuppressWarnings("unchecked")
  void givenLongRunningServices_itShouldHealthCheckEach_theApiOnReadiness() throws IOException {
    var services = services();
    for (String name :
        List.of("postgres", "temporal-postgres", "api", "media-worker", "proxy", "twilio-sim")) {
      assertThat(services.get(name)).as(name + " healthcheck").containsKey("healthcheck");
    }
    var check = (Map<String, Object>) services.get("api").get("healthcheck");
    assertThat(check.get("test").toString()).contains("/actuator/health/readiness");
  }

  @Test
  @SuppressWarnings("unchecked")
  void givenBuildsAndMounts_itShouldFindEachContextDockerfileAndFileOnDisk() throws IOException {
    SoftAssertions softly = new SoftAssertions();
    int builds = 0;
    for (var entry : services().entrySet()) {
      var build = (Map<String, Object>) entry.getValue().get("build");
      if (build != null) {
        builds++;
        Path context = ROOT.resolve(String.valueOf(build.get("context")));
        softly.assertThat(context).as(entry.getKey() + " context").isDirectory();
        softly
            .assertThat(context.resolve(String.valueOf(build.get("dockerfile"))))
            .as(entry.getKey() + " dockerfile")
            .isRegularFile();
        var args = (Map<String, Object>) build.get("args");
        softly
            .assertThat(context.resolve(String.valueOf(args.get("MODULE"))).resolve("pom.xml"))
            .as(entry.getKey() + " module")
            .isRegularFile();
      }
      for (Object volume : (List<Object>) entry.getValue().getOrDefault("volumes", List.of())) {
        String source = String.valueOf(volume).split(":")[0];
        // api-key and media-token are the operator's own, kept out of git (.gitignore)
        if (source.startsWith("./")
            && !source.endsWith("api-key")
            && !source.endsWith("media-token")) {
          softly.assertThat(ROOT.resolve(source)).as(entry.getKey() + " mounts").exists();
        }
      }
    }
    assertThat(builds).isEqualTo(3);
    softly.assertAll();
  }
}
