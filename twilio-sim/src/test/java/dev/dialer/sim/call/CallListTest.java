package dev.dialer.sim.call;

import static dev.dialer.sim.TestCalls.FROM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.sim.RunningSim;
import dev.dialer.sim.TestCalls;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Listing calls: filters as the dialer uses them, newest first, paging. */
class CallListTest {

  private static RunningSim sim;

  @BeforeAll
  static void start() {
    sim = RunningSim.get();
  }

  @Test
  void givenJustCreatedCall_whenListingByToAndTodaysStartTime_itIsFound() {
    String to = RunningSim.numberEndingIn(6);
    String sid = TestCalls.create("To", to, "From", FROM, "Twiml", "<Response/>");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

    assertThat(sids(list("To", to, "StartTime>=", today))).containsExactly(sid);
    assertThat(sids(list("To", to, "StartTime>", today))).containsExactly(sid);
    assertThat(sids(list("To", to, "StartTime", today))).containsExactly(sid);
    assertThat(sids(list("To", to, "StartTime<", tomorrow))).containsExactly(sid);
    assertThat(sids(list("To", to, "StartTime>", tomorrow))).isEmpty();
    assertThat(sids(list("To", to, "StartTime<", today))).isEmpty();
  }

  @Test
  void givenRawGreaterOrEqualInTheQuery_whenListing_itIsReadAsStartTimeOnOrAfter()
      throws IOException {
    String to = RunningSim.numberEndingIn(6);
    String sid = TestCalls.create("To", to, "From", FROM, "Twiml", "<Response/>");
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    String response =
        rawHttp10Get(sim.callsPath() + ".json?To=" + encode(to) + "&StartTime>=" + today);

    assertThat(response).startsWith("HTTP/1.1 200").contains(sid);
  }

  @Test
  void givenTwilioJavaDateTimeFormat_whenListingStartTimeAfter_itComparesToTheSecond() {
    String to = RunningSim.numberEndingIn(6);
    String sid = TestCalls.create("To", to, "From", FROM, "Twiml", "<Response/>");
    DateTimeFormatter twilioJava = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);

    assertThat(sids(list("To", to, "StartTime>", now.minusMinutes(1).format(twilioJava))))
        .containsExactly(sid);
    assertThat(sids(list("To", to, "StartTime>", now.plusMinutes(1).format(twilioJava)))).isEmpty();
  }

  @Test
  void givenCallsInSeveralStates_whenListingByStatus_onlyThatStatusIsReturned() {
    String busy = RunningSim.numberEndingIn(7);
    String sid = TestCalls.create("To", busy, "From", FROM, "Twiml", "<Response/>");
    TestCalls.awaitCallStatus(sid, "busy");

    assertThat(sids(list("To", busy, "Status", "busy"))).containsExactly(sid);
    assertThat(sids(list("To", busy, "Status", "completed"))).isEmpty();
    assertThat(list("Status", "initiated").get("code").asInt()).isEqualTo(20001);
  }

  @Test
  void givenMoreCallsThanPageSize_whenPaging_itReturnsNewestFirstAcrossPages() {
    String to = RunningSim.numberEndingIn(0);
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      created.add(TestCalls.create("To", to, "From", FROM, "Twiml", "<Response/>"));
    }

    JsonNode first = list("To", to, "PageSize", "2");
    JsonNode second = sim.get(first.get("next_page_uri").asText()).json();

    assertThat(sids(first)).containsExactly(created.get(2), created.get(1));
    assertThat(first.get("page").asInt()).isZero();
    assertThat(first.get("page_size").asInt()).isEqualTo(2);
    assertThat(first.get("start").asInt()).isZero();
    assertThat(first.get("end").asInt()).isEqualTo(1);
    assertThat(first.get("previous_page_uri").isNull()).isTrue();
    assertThat(first.get("first_page_uri").asText())
        .isEqualTo(sim.callsPath() + ".json?To=" + encode(to) + "&PageSize=2&Page=0");
    assertThat(sids(second)).containsExactly(created.get(0));
    assertThat(second.get("page").asInt()).isEqualTo(1);
    assertThat(second.get("start").asInt()).isEqualTo(2);
    assertThat(second.get("next_page_uri").isNull()).isTrue();
    assertThat(second.get("previous_page_uri").asText()).endsWith("&Page=0");
  }

  /** What curl sends for {@code -G --data-urlencode "StartTime>=…"}: an unencoded '>'. */
  private static String rawHttp10Get(String pathAndQuery) throws IOException {
    URI base = URI.create(sim.baseUrl());
    String credentials = RunningSim.ACCOUNT_SID + ":" + RunningSim.AUTH_TOKEN;
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      String request =
          "GET "
              + pathAndQuery
              + " HTTP/1.0\r\n"
              + "Authorization: Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))
              + "\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static JsonNode list(String... query) {
    StringBuilder uri = new StringBuilder(sim.callsPath() + ".json?");
    for (int i = 0; i < query.length; i += 2) {
      uri.append(encode(query[i])).append('=').append(encode(query[i + 1])).append('&');
    }
    return sim.get(uri.toString()).json();
  }

  private static List<String> sids(JsonNode page) {
    List<String> sids = new ArrayList<>();
    page.get("calls").forEach(call -> sids.add(call.get("sid").asText()));
    return sids;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
