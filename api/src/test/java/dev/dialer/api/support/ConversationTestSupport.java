package dev.dialer.api.support;

import dev.dialer.media.MediaWorkerApplication;
import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ApiTestSupport} plus a real media worker, as its own Spring Boot application on its own
 * port: the sim's callees open real WebSockets to it. It shares the api's database and Temporal
 * client (one JVM, one test server) and the relay secret.
 */
public abstract class ConversationTestSupport extends ApiTestSupport {

  protected static final String RELAY_SECRET = "test-relay-secret";
  protected static final int MEDIA_PORT = freeMediaPort();
  private static ConfigurableApplicationContext media;

  @Autowired private DataSource dataSource;
  @Autowired private WorkflowClient workflowClient;

  @DynamicPropertySource
  static void mediaProperties(DynamicPropertyRegistry registry) {
    registry.add("dialer.media.relay-url", () -> "ws://127.0.0.1:" + MEDIA_PORT + "/relay");
    registry.add("dialer.media.relay-secret", () -> RELAY_SECRET);
  }

  @BeforeEach
  void startMediaWorker() {
    synchronized (ConversationTestSupport.class) {
      if (media != null) {
        return;
      }
      media =
          MediaWorkerApplication.builder()
              .initializers(
                  context -> {
                    context.getBeanFactory().registerSingleton("dataSource", dataSource);
                    context
                        .getBeanFactory()
                        .registerSingleton("mediaWorkflowClient", workflowClient);
                  })
              .run(
                  "--server.port=" + MEDIA_PORT,
                  "--dialer.media.relay-secret=" + RELAY_SECRET,
                  "--dialer.media.host=test-host",
                  "--dialer.media.silence-timeout=PT0.5S",
                  "--spring.jmx.enabled=false");
    }
  }

  protected static ConfigurableApplicationContext media() {
    return media;
  }

  private static int freeMediaPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
