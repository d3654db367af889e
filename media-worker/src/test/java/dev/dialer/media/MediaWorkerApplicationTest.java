package dev.dialer.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

class MediaWorkerApplicationTest {

  @Test
  void givenTheWorkerAsMainStartsIt_whenHealthIsRequestedOverHttp_itShouldAnswerUp()
      throws Exception {
    try (ConfigurableApplicationContext context =
        MediaWorkerApplication.builder().run("--server.port=0")) {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();

      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"status\":\"UP\"");
      assertThat(context.getEnvironment().getProperty("spring.application.name"))
          .as("media-worker.yml was read")
          .isEqualTo("media-worker");
    }
  }
}
