package dev.dialer.media;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The media worker process: ConversationRelay sockets, the agent, transcripts, and the Temporal
 * task queue of its own host. No user store: nobody logs in here (see MediaSecurityConfig).
 */
// No user store: nobody logs in here. By name, so that a JVM without Spring Security can run it.
@SpringBootApplication(
    excludeName =
        "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration")
@EnableConfigurationProperties(MediaProperties.class)
public class MediaWorkerApplication {

  public static void main(String[] args) {
    builder().run(args);
  }

  /**
   * The application as {@code main} starts it. The config file is {@code media-worker.yml}, not
   * {@code application.yml}, so that it never shadows, or is shadowed by, the api's file when both
   * are on one classpath.
   */
  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(MediaWorkerApplication.class)
        .properties("spring.config.name=media-worker");
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
