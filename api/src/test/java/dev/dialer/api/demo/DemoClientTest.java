package dev.dialer.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.dialer.workflows.call.Disposition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against a stand-in for the api's REST contract, so no api has to run. */
class DemoClientTest {

  private static final String KEY = "demo-test-key";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void givenAnApiWhereEveryCallEndsAsScripted_whenTheDemoRuns_itShouldExitZero()
      throws IOException {
    startFakeApi(ExpectedDisposition::forNumber);

    int exit = run(Map.of("DIALER_URL", url(), "DIALER_API_KEY", KEY));

    assertThat(exit).isZero();
    assertThat(text(out))
        .contains("✓ all " + DemoCall.NUMBERS.size() + " calls ended as expected.");
  }

  @Test
  void givenAnApiWhereABusyNumberIsNotAnswered_whenTheDemoRuns_itShouldExitOneNamingTheRow()
      throws IOException {
    startFakeApi(
        to -> to.endsWith("7") ? Disposition.NO_ANSWER : ExpectedDisposition.forNumber(to));

    int exit = run(Map.of("DIALER_URL", url(), "DIALER_API_KEY", KEY));

    assertThat(exit).isOne();
    assertThat(text(out)).contains("to +14045550177: expected BUSY, got NO_ANSWER");
  }

  @Test
  void givenTheWrongKey_whenTheDemoStarts_itShouldExitOneSayingSo() throws IOException {
    startFakeApi(ExpectedDisposition::forNumber);

    int exit = run(Map.of("DIALER_URL", url(), "DIALER_API_KEY", "wrong"));

    assertThat(exit).isOne();
    assertThat(text(err)).contains("refused the API key (401").contains("DIALER_API_KEY");
  }

  @Test
  void givenNoApiListening_whenTheDemoStarts_itShouldExitOneSayingItCannotReachIt()
      throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    int exit = run(Map.of("DIALER_URL", "http://127.0.0.1:" + closedPort, "DIALER_API_KEY", KEY));

    assertThat(exit).isOne();
    assertThat(text(err)).contains("Cannot reach the dialer api at http://127.0.0.1:" + closedPort);
  }

  private int run(Map<String, String> env) {
    return new DemoClient(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false)
        .run(env);
  }

  /** Calls are placed as "c-<to>" and are over by the first GET, with {@code outcome}. */
  private void startFakeApi(Function<String, Disposition> outcome) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    Map<String, String> placed = new HashMap<>();
    server.createContext(
        "/api/calls",
        exchange -> {
          if (!("Bearer " + KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"no\"}}");
            return;
          }
          String path = exchange.getRequestURI().getPath();
          if (exchange.getRequestMethod().equals("POST")) {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String to = body.replaceAll(".*\"to\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            placed.put("c-" + to, to);
            respond(
                exchange,
                202,
                "{\"callId\":\"c-%s\",\"status\":\"queued\",\"to\":\"%s\"}".formatted(to, to));
          } else if (path.equals("/api/calls")) {
            respond(exchange, 200, "{\"total\":0,\"limit\":1,\"offset\":0,\"calls\":[]}");
          } else {
            String callId = path.substring("/api/calls/".length());
            String to = placed.get(callId);
            respond(
                exchange,
                200,
                "{\"callId\":\"%s\",\"to\":\"%s\",\"status\":\"completed\",\"disposition\":\"%s\",\"duration\":4}"
                    .formatted(callId, to, outcome.apply(to)));
          }
        });
    server.start();
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}
