package dev.dialer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A stand-in for the api's campaign contract that runs a scripted campaign: nothing is done at the
 * first poll, half the contacts at the second, and at the third the campaign is COMPLETED with
 * every contact ended as {@code outcome} says.
 */
final class FakeCampaignApi {

  static final String KEY = "demo-test-key";
  static final String ID = "camp-1";

  /** The api's own cap on a page, below the demo's 500, so that the demo has to page. */
  static final int MAX_PAGE = 64;

  private static final Set<String> RETRIED = Set.of("NO_ANSWER", "BUSY", "FAILED");

  /** How a contact ends in the scripted campaign. */
  record Ending(String state, int attempts, String disposition, String note) {}

  private final ObjectMapper json = new ObjectMapper();
  private final Function<String, Ending> outcome;
  private final List<String> phones = new CopyOnWriteArrayList<>();
  private final AtomicInteger polls = new AtomicInteger();
  private final AtomicInteger pages = new AtomicInteger();
  private HttpServer server;
  private volatile Set<String> openAreaCodes;
  private volatile Set<String> closingAreaCodes = Set.of();
  private volatile String refusal;
  private volatile String createdBody;

  private FakeCampaignApi(Function<String, Ending> outcome) {
    this.outcome = outcome;
  }

  static FakeCampaignApi start(Function<String, Ending> outcome) throws IOException {
    FakeCampaignApi api = new FakeCampaignApi(outcome);
    api.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    api.server.createContext("/", api::handle);
    api.server.start();
    return api;
  }

  /** How twilio-sim and a campaign retrying NO_ANSWER, BUSY and FAILED 3 times end a number. */
  static Ending scripted(String phone) {
    String disposition = ExpectedDisposition.forNumber(phone).name();
    if ("OPTED_OUT".equals(disposition)) {
      return new Ending("BLOCKED", 1, disposition, null);
    }
    if ("COMPLETED".equals(disposition) && phone.charAt(phone.length() - 2) == '1') {
      // Persona 1 asks to be called back tomorrow: the attempt is given back, past the demo's end.
      return new Ending("EXPIRED", 0, disposition, "callback requested by the callee");
    }
    return RETRIED.contains(disposition)
        ? new Ending("EXHAUSTED", 3, disposition, null)
        : new Ending("DONE", 1, disposition, null);
  }

  /** Answers the compliance check: allowed only in these area codes. Unset, the check is 404. */
  void allowOnly(String... areaCodes) {
    openAreaCodes = Set.of(areaCodes);
  }

  /** Once the campaign is created, the check answers these area codes closed. */
  void closeDuringTheCampaign(String... areaCodes) {
    closingAreaCodes = Set.of(areaCodes);
  }

  /** Answers the campaign's creation with 400 and this body. */
  void refuseCreate(String errorBody) {
    refusal = errorBody;
  }

  String createdBody() {
    return createdBody;
  }

  int contactPagesServed() {
    return pages.get();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    if (!("Bearer " + KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      respond(exchange, 401, "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"no\"}}");
      return;
    }
    String path = exchange.getRequestURI().getPath();
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    String campaign = "/api/campaigns/" + ID;
    switch (exchange.getRequestMethod() + " " + path) {
      case "GET /api/calls" -> respond(exchange, 200, "{\"total\":0,\"calls\":[]}");
      case "GET /api/compliance/check" -> check(exchange, query.get("phone"));
      case "POST /api/campaigns" -> create(exchange);
      default -> {
        if (path.equals(campaign)) {
          respond(exchange, 200, json.writeValueAsString(view(polls.incrementAndGet())));
        } else if (path.equals(campaign + "/contacts")) {
          pages.incrementAndGet();
          respond(exchange, 200, json.writeValueAsString(page(query)));
        } else if (path.equals(campaign + "/report.csv")) {
          respond(exchange, 200, "text/csv", report());
        } else {
          respond(exchange, 404, "");
        }
      }
    }
  }

  private void check(HttpExchange exchange, String phone) throws IOException {
    Set<String> open = openAreaCodes;
    if (open == null) {
      respond(exchange, 404, "");
      return;
    }
    String areaCode = phone.substring(2, 5);
    boolean allowed =
        open.contains(areaCode) && !(createdBody != null && closingAreaCodes.contains(areaCode));
    respond(
        exchange,
        200,
        allowed
            ? "{\"allowed\":true,\"blockedBy\":null,\"reasons\":[],"
                + "\"nextAllowedAt\":\"2026-11-22T18:00:00Z\"}"
            : "{\"allowed\":false,\"blockedBy\":\"WINDOW\",\"reasons\":[{\"rule\":"
                + "\"FEDERAL_WINDOW\",\"detail\":\"closed\",\"blocking\":true}],"
                + "\"nextAllowedAt\":\"2026-11-23T18:00:00Z\"}");
  }

  private void create(HttpExchange exchange) throws IOException {
    if (refusal != null) {
      respond(exchange, 400, refusal);
      return;
    }
    createdBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    json.readTree(createdBody).path("contacts").forEach(c -> phones.add(c.path("phone").asText()));
    respond(exchange, 201, "{\"id\":\"" + ID + "\",\"status\":\"RUNNING\"}");
  }

  /** The campaign at its {@code poll}-th GET. */
  private ObjectNode view(int poll) {
    int done = poll >= 3 ? phones.size() : poll == 2 ? phones.size() / 2 : 0;
    Map<String, Integer> byState = new TreeMap<>();
    Map<String, Integer> byDisposition = new TreeMap<>();
    long attempts = 0;
    for (int i = 0; i < phones.size(); i++) {
      Ending ending = outcome.apply(phones.get(i));
      if (i < done) {
        byState.merge(ending.state(), 1, Integer::sum);
        if (ending.disposition() != null) {
          byDisposition.merge(ending.disposition(), 1, Integer::sum);
        }
        attempts += ending.attempts();
      } else {
        byState.merge("DIALING", 1, Integer::sum);
      }
    }
    ObjectNode view = json.createObjectNode();
    view.put("id", ID).put("name", "demo").put("status", poll >= 3 ? "COMPLETED" : "RUNNING");
    ObjectNode counts = view.putObject("counts");
    counts.put("contacts", phones.size());
    counts.set("byState", json.valueToTree(byState));
    counts.set("byDisposition", json.valueToTree(byDisposition));
    view.put("attempts", attempts)
        .put("callsInFlight", poll >= 3 ? 0 : 23)
        .put("currentCps", poll >= 3 ? 0 : 19.6)
        .put("futureField", "ignored");
    return view;
  }

  private ObjectNode page(Map<String, String> query) {
    int offset = Integer.parseInt(query.getOrDefault("offset", "0"));
    int limit = Math.min(MAX_PAGE, Integer.parseInt(query.getOrDefault("limit", "50")));
    ObjectNode page = json.createObjectNode();
    page.put("total", phones.size()).put("limit", limit).put("offset", offset);
    ArrayNode contacts = page.putArray("contacts");
    for (int i = offset; i < Math.min(phones.size(), offset + limit); i++) {
      String phone = phones.get(i);
      Ending ending = outcome.apply(phone);
      contacts
          .addObject()
          .put("contactId", i + 1)
          .put("row", i + 1)
          .put("phone", phone)
          .put("name", "Demo contact " + (i + 1))
          .put("state", ending.state())
          .put("attempts", ending.attempts())
          .put("lastDisposition", ending.disposition())
          .put("lastCallId", ending.attempts() == 0 ? null : "call-" + i)
          .put("note", ending.note());
    }
    return page;
  }

  private String report() {
    StringBuilder csv = new StringBuilder("phone,state,attempts,lastDisposition\n");
    for (String phone : phones) {
      Ending ending = outcome.apply(phone);
      csv.append(phone)
          .append(',')
          .append(ending.state())
          .append(',')
          .append(ending.attempts())
          .append(',')
          .append(ending.disposition() == null ? "" : ending.disposition())
          .append('\n');
    }
    return csv.toString();
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        String[] parts = pair.split("=", 2);
        query.put(
            parts[0], parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
      }
    }
    return query;
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    respond(exchange, status, "application/json", body);
  }

  private static void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }
}
