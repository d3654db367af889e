package dev.dialer.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class MediaWorkerApplicationTest {

  @Test
  void givenTheWorkerAsMainStartsIt_whenHealthIsRequestedOverHttp_itShouldAnswerUp()
      throws Exception {
    try (RunningMediaWorker worker = new RunningMediaWorker(null)) {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + worker.port() + "/actuator/health"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"status\":\"UP\"");
      assertThat(worker.bean(MediaProperties.class).businessName())
          .as("media-worker.yml was read")
          .isEqualTo("Dialer");
    }
  }
}
