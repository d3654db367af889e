package dev.dialer.sim;

import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.jackson.JacksonEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.system.DiskSpaceHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementContextAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.servlet.ServletManagementContextAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.web.embedded.EmbeddedWebServerFactoryCustomizerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.HttpEncodingAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The Twilio sandbox as its own Spring Boot application.
 *
 * <p>Other modules start it inside their test JVMs, next to their own application and class path.
 * So it reads only {@code twilio-sim*.yml} and imports an explicit list of auto-configurations
 * instead of {@code @EnableAutoConfiguration}: whatever the host puts on the class path (a
 * DataSource, Flyway, a Temporal starter) must not be configured a second time inside the sim.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({
  PropertyPlaceholderAutoConfiguration.class,
  ConfigurationPropertiesAutoConfiguration.class,
  JacksonAutoConfiguration.class,
  HttpMessageConvertersAutoConfiguration.class,
  ValidationAutoConfiguration.class,
  ServletWebServerFactoryAutoConfiguration.class,
  EmbeddedWebServerFactoryCustomizerAutoConfiguration.class,
  DispatcherServletAutoConfiguration.class,
  HttpEncodingAutoConfiguration.class,
  WebMvcAutoConfiguration.class,
  ErrorMvcAutoConfiguration.class,
  EndpointAutoConfiguration.class,
  JacksonEndpointAutoConfiguration.class,
  WebEndpointAutoConfiguration.class,
  HealthContributorAutoConfiguration.class,
  HealthEndpointAutoConfiguration.class,
  DiskSpaceHealthContributorAutoConfiguration.class,
  ManagementContextAutoConfiguration.class,
  ServletManagementContextAutoConfiguration.class
})
@ComponentScan(
    excludeFilters =
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
public class TwilioSimApplication {

  /** Config file base name: {@code twilio-sim.yml}, {@code twilio-sim-fast.yml}. */
  public static final String CONFIG_NAME = "twilio-sim";

  private static final Map<String, Object> FIXED_DEFAULTS =
      Map.of(
          "spring.config.name", CONFIG_NAME,
          "spring.application.name", CONFIG_NAME,
          "spring.jmx.enabled", "false");

  public static void main(String[] args) {
    start(args);
  }

  /**
   * Starts the sim with Spring Boot command-line style arguments, e.g. {@code "--server.port=0",
   * "--spring.profiles.active=fast"}. The port actually bound is in the environment property {@code
   * local.server.port}.
   */
  public static ConfigurableApplicationContext start(String... args) {
    return new SpringApplicationBuilder(TwilioSimApplication.class)
        .properties(FIXED_DEFAULTS)
        .run(args);
  }

  /** Same as {@link #start(String...)} with properties given as a map. */
  public static ConfigurableApplicationContext start(Map<String, ?> properties) {
    return start(
        properties.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new));
  }
}
