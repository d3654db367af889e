package dev.dialer.activities.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import dev.dialer.activities.DialerProperties;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Twilio client the dialer builds, against a server that records what reaches it. */
class TwilioHttpClientTest {

  private static final String CALLS = "/2010-04-01/Accounts/AC00000000000000000000000000000000";

  private HttpServer server;
  private final List<String> received = new CopyOnWriteArrayList<>();
  private volatile Function<URI, Reply> answer = uri -> new Reply(500, "{}");

  record Reply(int status, String body) {}

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void givenTwilioAnswers500ToACreate_whenDialing_theCreateIsSentOnce() {
    answer =
        uri ->
            new Reply(
                500, "{\"code\": 20500, \"message\": \"Internal Server Error\", \"status\": 500}");

    assertThatThrownBy(
            () ->
                Call.creator(
                        new PhoneNumber("+12125550180"),
                        new PhoneNumber("+14155550100"),
                        URI.create("http://127.0.0.1:8080/twilio/voice"))
                    .create(client()))
        .isInstanceOf(ApiException.class);
    assertThat(received).containsExactly("POST " + CALLS + "/Calls.json");
  }

  @Test
  void givenAListOfTwoPages_whenReadingItAll_theNextPageKeepsItsFiltersAndToken() {
    answer =
        uri ->
            uri.getRawQuery().contains("PageToken=PAfirst")
                ? new Reply(200, page(call("CA" + "2".repeat(32)), null))
                : new Reply(
                    200,
                    page(
                        call("CA" + "1".repeat(32)),
                        "\""
                            + CALLS
                            + "/Calls.json?To=%2B12125550181&PageSize=1&Page=1&PageToken=PAfirst\""));

    List<String> sids =
        StreamSupport.stream(
                Call.reader()
                    .setTo(new PhoneNumber("+12125550181"))
                    .setPageSize(1L)
                    .read(client())
                    .spliterator(),
                false)
            .limit(5)
            .map(Call::getSid)
            .toList();

    assertThat(sids).containsExactly("CA" + "1".repeat(32), "CA" + "2".repeat(32));
    assertThat(received.get(1)).contains("To=%2B12125550181").contains("PageToken=PAfirst");
  }

  private TwilioRestClient client() {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    DialerProperties properties = DialerProperties.bind(Map.of("dialer.twilio.sim-url", base));
    return new TwilioClientConfig().twilioRestClient(properties);
  }

  private void handle(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    received.add(
        exchange.getRequestMethod()
            + " "
            + uri.getRawPath()
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    exchange.getRequestBody().readAllBytes();
    Reply reply = answer.apply(uri);
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(reply.status(), body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private static String call(String sid) {
    return "{\"sid\": \"" + sid + "\", \"status\": \"completed\"}";
  }

  private static String page(String call, String next) {
    return "{\"calls\": ["
        + call
        + "], \"next_page_uri\": "
        + next
        + ", \"page\": 0, \"page_size\": 1, \"uri\": \""
        + CALLS
        + "/Calls.json\"}";
  }
}
