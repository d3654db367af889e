package dev.dialer.api.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.yaml.snakeyaml.Yaml;

/** deploy/*.yaml parsed as kubectl would read them (no cluster here). */
class KubernetesManifestsTest {

  private static final Path DEPLOY = ComposeFileTest.ROOT.resolve("deploy");

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> documents() throws IOException {
    List<Map<String, Object>> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(DEPLOY)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        for (Object doc : new Yaml().loadAll(Files.readString(file))) {
          all.add((Map<String, Object>) doc);
        }
      }
    }
    return all;
  }

  private static Map<String, Object> find(String kind, String name) throws IOException {
    return documents().stream()
        .filter(d -> kind.equals(d.get("kind")) && name.equals(at(d, "metadata.name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in deploy/"));
  }

  /** A dotted path into a parsed manifest, [0] for list items. */
  private static Object at(Object node, String path) {
    return new SpelExpressionParser()
        .parseExpression(path.replaceAll("\\.?([A-Za-z]+)", "['$1']").replaceFirst("^\\.", ""))
        .getValue(node);
  }

  @Test
  void givenTheDeployments_eachShouldProbeActuator_limitResources_andReadSecretsFromASecret()
      throws IOException {
    for (String name : List.of("dialer-api", "dialer-media-worker")) {
      Map<String, Object> deployment = find("Deployment", name);
      Object container = at(deployment, "spec.template.spec.containers[0]");
      assertThat(at(container, "readinessProbe.httpGet.path"))
          .as(name)
          .isEqualTo("/actuator/health/readiness");
      assertThat(at(container, "livenessProbe.httpGet.path"))
          .isEqualTo("/actuator/health/liveness");
      assertThat(at(container, "resources.requests.cpu")).as(name).isNotNull();
      assertThat(at(container, "resources.limits.memory")).as(name).isNotNull();
      assertThat(at(container, "envFrom").toString()).contains("secretRef={name=dialer-secrets}");
      assertThat(find("Service", name)).isNotNull();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void givenTheSecret_itShouldHoldEverySecretTheServicesRead_andTheConfigNone() throws IOException {
    Object secret = at(find("Secret", "dialer-secrets"), "stringData");
    for (String key :
        List.of("DATABASE_URL", "DIALER_API_KEY", "DIALER_RELAY_SECRET", "TWILIO_AUTH_TOKEN")) {
      assertThat((Map<String, Object>) secret).containsKey(key);
    }
    Object config = at(find("ConfigMap", "dialer-config"), "data");
    assertThat((Map<String, Object>) config)
        .containsKeys("TEMPORAL_ADDRESS", "PUBLIC_BASE_URL", "MEDIA_RELAY_URL", "TEMPORAL_UI_URL")
        .doesNotContainKeys("DATABASE_URL", "DIALER_API_KEY", "TWILIO_AUTH_TOKEN");
  }

  @Test
  void givenTheMediaWorkers_theyShouldScaleOnCpu() throws IOException {
    Map<String, Object> hpa = find("HorizontalPodAutoscaler", "dialer-media-worker");
    assertThat(at(hpa, "spec.scaleTargetRef.name")).isEqualTo("dialer-media-worker");
    assertThat(at(hpa, "spec.metrics[0].resource.name")).isEqualTo("cpu");
    assertThat((Integer) at(hpa, "spec.minReplicas")).isGreaterThanOrEqualTo(2);
  }
}
