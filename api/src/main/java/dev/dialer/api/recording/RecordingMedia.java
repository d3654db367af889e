package dev.dialer.api.recording;

import dev.dialer.activities.DialerProperties;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Fetches a recording's audio from the sim with the account's Basic auth, so the browser gets the
 * bytes and never the credentials. Only URLs under the configured REST base are fetched: a stored
 * RecordingUrl cannot make the api call anywhere else with the account's token.
 */
@Component
class RecordingMedia {

  private final DialerProperties.TwilioSettings twilio;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  RecordingMedia(DialerProperties properties) {
    this.twilio = properties.twilio();
  }

  /** Real Twilio serves the media itself: the browser is redirected, nothing is proxied. */
  boolean proxied() {
    return twilio.simulated();
  }

  /** The WAV form of Twilio's RecordingUrl (which names no extension). */
  static String wav(String mediaUrl) {
    return mediaUrl.endsWith(".wav") ? mediaUrl : mediaUrl + ".wav";
  }

  HttpResponse<InputStream> fetch(String mediaUrl) throws IOException, InterruptedException {
    String base = twilio.effectiveBaseUrl();
    String url = wav(mediaUrl);
    if (base == null || !url.startsWith(base.endsWith("/") ? base : base + "/")) {
      throw new IllegalStateException("recording URL is not under the sim's base URL " + base);
    }
    String credentials = twilio.effectiveAccountSid() + ":" + twilio.effectiveAuthToken();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
  }
}
