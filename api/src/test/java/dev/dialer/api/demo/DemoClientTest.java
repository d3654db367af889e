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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against a stand-in for the api's REST contract, so no api has to run. */
class DemoClientTest {

  private static final String KEY = "demo-test-key";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private HttpServer server;
  private final List<String> placedNumbers = new ArrayList<>();

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
        .contains("compliance check is unavailable")
        .contains("✓ all " + DemoCall.LINES.size() + " calls ended as expected.");
  }

  @Test
  void givenOnlyTwoAreaCodesCallable_whenTheDemoRuns_itShouldCallOnlyThem() throws IOException {
    startFakeApi(ExpectedDisposition::forNumber);
    startFakeCheck(phone -> phone.startsWith("+1808") || phone.startsWith("+1907"));

    int exit = run(Map.of("DIALER_URL", url(), "DIALER_API_KEY", KEY));

    assertThat(exit).isZero();
    assertThat(placedNumbers).hasSize(12).allMatch(to -> to.matches("\\+1(808|907)5550\\d{3}"));
    assertThat(text(out)).contains("Callable now: area codes 907, 808.");
  }

  @Test
  void givenNoAreaCodeCallable_whenTheCallsAreDeferred_itShouldListThemAndExitZero()
      throws IOException {
    startFakeApi(to -> Disposition.DEFERRED_WINDOW);
    startFakeCheck(phone -> false);

    int exit = run(Map.of("DIALER_URL", url(), "DIALER_API_KEY", KEY));

    assertThat(exit).isZero();
    assertThat(text(out))
        .contains("No demo area code is inside its calling window now")
        .contains("Waiting for their calling window:")
        .contains("+18085550166  from ")
        .contains("(2026-11-23T18:00:00Z) — outside the calling window")
        .contains("12 not dialed by the compliance rules.");
  }

  @Test
  void givenAnApiWhereABusyNumberIsNotAnswered_whenTheDemoRuns_itShouldExitOneNamingTheRow()
      throws IOException {
    startFakeApi(
        to -> to.endsWith("7") ? Disposition.NO_ANSWER : ExpectedDisposition.forNumber(to));

    int exit = run(Map.of("DIALER_URL", url(), "DIALER_API_KEY", KEY));

    assertThat(exit).isOne();
    assertThat(text(out)).contains("to +17875550177: expected BUSY, got NO_ANSWER");
  }

  @Test
  void givenACheckThatFails_whenTheDemoRuns_itShouldFallBackToTheDefaultSpread()
      throws IOException {
    startFakeApi(ExpectedDisposition::forNumber);
    server.createContext("/api/compliance/check", exchange -> respond(exchange, 503, "{}"));

    int exit = run(Map.of("DIALER_URL", url(), "DIALER_API_KEY", KEY));

    assertThat(exit).isZero();
    assertThat(placedNumbers)
        .containsExactlyElementsOf(
            DemoCall.spread(AreaCode.POOL).stream().map(DemoCall::to).toList());
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
            placedNumbers.add(to);
            respond(
                exchange,
                202,
                "{\"callId\":\"c-%s\",\"status\":\"queued\",\"to\":\"%s\"}".formatted(to, to));
          } else if (path.equals("/api/calls")) {
            respond(exchange, 200, "{\"total\":0,\"limit\":1,\"offset\":0,\"calls\":[]}");
          } else {
            String callId = path.substring("/api/calls/".length());
            String to = placed.get(callId);
            Disposition disposition = outcome.apply(to);
            respond(
                exchange,
                200,
                disposition == Disposition.DEFERRED_WINDOW
                    ? ("{\"callId\":\"%s\",\"to\":\"%s\",\"status\":\"not-dialed\","
                            + "\"disposition\":\"DEFERRED_WINDOW\","
                            + "\"nextAllowedAt\":\"2026-11-23T18:00:00Z\","
                            + "\"complianceReason\":\"outside the calling window\"}")
                        .formatted(callId, to)
                    : "{\"callId\":\"%s\",\"to\":\"%s\",\"status\":\"completed\",\"disposition\":\"%s\",\"duration\":4}"
                        .formatted(callId, to, disposition));
          }
        });
    server.start();
  }

  /** Answers the compliance check: allowed for the numbers {@code callable} accepts. */
  private void startFakeCheck(Predicate<String> callable) {
    server.createContext(
        "/api/compliance/check",
        exchange -> {
          String phone =
              URLDecoder.decode(
                  exchange.getRequestURI().getRawQuery().replaceFirst("^phone=", ""),
                  StandardCharsets.UTF_8);
          respond(
              exchange,
              200,
              callable.test(phone)
                  ? "{\"allowed\":true,\"blockedBy\":[],\"reasons\":[],\"nextAllowedAt\":null}"
                  : "{\"allowed\":false,\"blockedBy\":[\"FEDERAL_WINDOW\"],"
                      + "\"nextAllowedAt\":\"2026-11-23T18:00:00Z\"}");
        });
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
