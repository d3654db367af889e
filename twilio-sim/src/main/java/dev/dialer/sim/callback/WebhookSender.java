package dev.dialer.sim.callback;

import dev.dialer.sim.SimProperties;
import dev.dialer.sim.signature.TwilioSignature;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one signed webhook the way Twilio does: form-encoded POST, or GET with the parameters on
 * the query string (then the signature covers that full URL and no parameters). A receiver that
 * fails or times out is logged and not retried, as Twilio does not retry status callbacks by
 * default.
 */
@Component
public class WebhookSender {

  private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

  private final HttpClient http;
  private final SimProperties properties;

  WebhookSender(HttpClient webhookHttpClient, SimProperties properties) {
    this.http = webhookHttpClient;
    this.properties = properties;
  }

  /** One webhook: which call, what for (for the log), where, how, and what it carries. */
  public record Webhook(
      String callSid, String purpose, String url, String method, Map<String, String> params) {}

  /**
   * Completes with the response body on a 2xx, empty otherwise; never completes exceptionally.
   * Deliberate duplicates share the {@code I-Twilio-Idempotency-Token}, as Twilio's own retries do.
   */
  CompletableFuture<Optional<String>> send(Webhook webhook, String idempotencyToken) {
    boolean get = "GET".equals(webhook.method());
    String encoded = encode(webhook.params());
    String url =
        get && !encoded.isEmpty()
            ? webhook.url() + (webhook.url().contains("?") ? "&" : "?") + encoded
            : webhook.url();
    String signature =
        TwilioSignature.sign(properties.authToken(), url, get ? Map.of() : webhook.params());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(properties.webhooks().timeout())
            .header(TwilioSignature.HEADER, signature)
            .header("I-Twilio-Idempotency-Token", idempotencyToken)
            .header("User-Agent", "TwilioProxy/1.1");
    if (get) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(encoded));
    }
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
        .handle((response, failure) -> outcome(webhook, url, response, failure));
  }

  public CompletableFuture<Optional<String>> send(Webhook webhook) {
    return send(webhook, UUID.randomUUID().toString());
  }

  private static Optional<String> outcome(
      Webhook webhook, String url, HttpResponse<String> response, Throwable failure) {
    if (failure != null) {
      log.warn(
          "{} {} to {} failed: {}", webhook.callSid(), webhook.purpose(), url, failure.toString());
      return Optional.empty();
    }
    if (response.statusCode() / 100 != 2) {
      log.warn(
          "{} {} to {} answered HTTP {}",
          webhook.callSid(),
          webhook.purpose(),
          url,
          response.statusCode());
      return Optional.empty();
    }
    log.debug("{} {} delivered to {}", webhook.callSid(), webhook.purpose(), url);
    return Optional.of(response.body());
  }

  private static String encode(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
