package dev.dialer.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One sim for the whole test run, started the way other modules start it: through {@link
 * TwilioSimApplication#start(String...)} on a random port with the fast profile.
 */
public final class RunningSim {

  public static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
  public static final String AUTH_TOKEN = "test-auth-token";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger NUMBERS =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));
  private static RunningSim instance;

  private final ConfigurableApplicationContext context;
  private final String baseUrl;
  private final HttpClient http = HttpClient.newHttpClient();

  private RunningSim() {
    context =
        TwilioSimApplication.start(
            "--server.port=0",
            "--spring.profiles.active=fast",
            "--sim.account-sid=" + ACCOUNT_SID,
            "--sim.auth-token=" + AUTH_TOKEN);
    baseUrl = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    Runtime.getRuntime().addShutdownHook(new Thread(context::close));
  }

  public static synchronized RunningSim get() {
    if (instance == null) {
      instance = new RunningSim();
    }
    return instance;
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public String callsPath() {
    return "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Calls";
  }

  /** A form POST with Basic auth; {@code form} is name, value, name, value… (names may repeat). */
  public Reply post(String path, String... form) {
    return send(
        authorized(path)
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
            .header("Content-Type", "application/x-www-form-urlencoded"));
  }

  public Reply get(String pathAndQuery) {
    return send(authorized(pathAndQuery).GET());
  }

  public Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A fresh North American number ending in {@code digit}, so tests never share callees. */
  public static String numberEndingIn(int digit) {
    return "+1415" + String.format("%06d", NUMBERS.getAndIncrement() % 1_000_000) + digit;
  }

  public HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery));
  }

  private HttpRequest.Builder authorized(String pathAndQuery) {
    String credentials = ACCOUNT_SID + ":" + AUTH_TOKEN;
    return request(pathAndQuery)
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  public static String encode(String... form) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < form.length; i += 2) {
      if (i > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(form[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(form[i + 1], StandardCharsets.UTF_8));
    }
    return body.toString();
  }

  /** An HTTP answer with its body as JSON when it is JSON. */
  public record Reply(int status, String body, HttpResponse<String> response) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + body, e);
      }
    }
  }
}
