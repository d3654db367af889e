package dev.dialer.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.activities.DialerProperties;
import dev.dialer.api.support.ApiTestSupport;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * P3 of {@code bench/run}: {@code -Dbench.webhooks} signed status callbacks, each for a call of its
 * own, POSTed by {@code -Dbench.senders} (default 8) clients at once into {@code /twilio/status}
 * (signature check, the inbox's insert and commit), against the same number of form POSTs to a bare
 * endpoint on the same api ({@link BareWebhookEndpoint}). Prints the rate, the p99 latency and the
 * ratio of the rates. The relay then signals workflows that do not exist; the bare run goes first.
 */
@EnabledIfSystemProperty(named = "bench.webhooks", matches = "\\d+")
class WebhookThroughputBenchmark extends ApiTestSupport {

  private static final String TOKEN = DialerProperties.TwilioSettings.SIM_AUTH_TOKEN;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void signedCallbacksIntoTheInboxVersusABareEndpoint() throws Exception {
    int count = Integer.getInteger("bench.webhooks");
    int senders = Integer.getInteger("bench.senders", 8);
    String run = Long.toString(System.nanoTime(), 36);
    run(BareWebhookEndpoint.PATH, "warm-bare-" + run, Math.min(count, 200), senders);
    double[] bare = run(BareWebhookEndpoint.PATH, "bare-" + run, count, senders);
    run("/twilio/status", "warm-" + run, Math.min(count, 200), senders);
    double[] inbox = run("/twilio/status", "hook-" + run, count, senders);
    System.out.printf(
        "BENCH P3 webhooks/s=%.0f p99-ms=%.1f vs-bare-endpoint=%.2f bare/s=%.0f bare-p99-ms=%.1f"
            + " webhooks=%d senders=%d%n",
        inbox[0], inbox[1], inbox[0] / bare[0], bare[0], bare[1], count, senders);
  }

  /** Returns {requests per second, p99 in ms}. */
  private double[] run(String path, String prefix, int count, int senders) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    try {
      long start = System.nanoTime();
      List<Future<long[]>> parts = new ArrayList<>();
      for (int s = 0; s < senders; s++) {
        int sender = s;
        parts.add(
            pool.submit(
                () -> {
                  long[] nanos = new long[(count - sender + senders - 1) / senders];
                  for (int i = 0; i < nanos.length; i++) {
                    String callId = prefix + "-" + sender + "-" + i;
                    long sent = System.nanoTime();
                    int status = post(path, callId);
                    nanos[i] = System.nanoTime() - sent;
                    assertThat(status).as("%s %s", path, callId).isEqualTo(204);
                  }
                  return nanos;
                }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<long[]> part : parts) {
        Arrays.stream(part.get()).forEach(all::add);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
      return new double[] {
        sorted.length / seconds, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6
      };
    } finally {
      pool.shutdownNow();
    }
  }

  private int post(String path, String callId) throws IOException, InterruptedException {
    String url = api.baseUrl() + path + "?callId=" + callId;
    Map<String, String> form = new LinkedHashMap<>();
    form.put("CallSid", "CA" + callId);
    form.put("AccountSid", DialerProperties.TwilioSettings.SIM_ACCOUNT_SID);
    form.put("CallStatus", "ringing");
    form.put("SequenceNumber", "1");
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Twilio-Signature", sign(url, form))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** Twilio's algorithm: HMAC-SHA1 over the URL followed by each name+value, sorted by name. */
  private static String sign(String url, Map<String, String> form) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
