package dev.dialer.media;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The media worker process. It will hold the live ConversationRelay sockets; for now it serves its
 * health endpoint, so that ./dialer and docker-compose run it like the other services.
 */
@SpringBootApplication
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
}
