package dev.dialer.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.twilio.security.RequestValidator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A webhook receiver on 127.0.0.1 that records what the sim sends. {@code /twiml} answers with
 * {@link #TWIML}, a path given to {@link #answer} with its document, {@code /broken} with HTTP 500,
 * everything else with 204. Register it as a static {@code @RegisterExtension} field: it stops
 * after the test class.
 */
public final class CallbackRecorder implements AutoCloseable, AfterAllCallback {

  public static final String TWIML =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say>Hello from the test</Say></Response>";

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, String> documents = new ConcurrentHashMap<>();

  public CallbackRecorder() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  /** Requests to {@code path} get {@code twiml} from now on. */
  public void answer(String path, String twiml) {
    documents.put(path, twiml);
  }

  /** A URL on this receiver, e.g. {@code url("/status?callId=42")}. */
  public String url(String pathAndQuery) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
  }

  /** A request the sim made, with the URL exactly as a validator must see it. */
  public record Received(
      String method,
      String path,
      String url,
      Map<String, String> params,
      String signature,
      Instant at) {

    /** Validates X-Twilio-Signature with twilio-java, as the dialer's webhook endpoint will. */
    public boolean signedWith(String authToken) {
      return new RequestValidator(authToken)
          .validate(url, method.equals("GET") ? Map.of() : params, signature);
    }

    public String param(String name) {
      return params.get(name);
    }
  }

  public List<Received> received(Predicate<Received> filter) {
    return received.stream().filter(filter).toList();
  }

  public List<Received> forCall(String callSid, String path) {
    return received(r -> r.path().equals(path) && callSid.equals(r.params().get("CallSid")));
  }

  /** Waits until {@code filter} matches at least {@code count} requests, then returns them. */
  public List<Received> await(Predicate<Received> filter, int count, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      List<Received> matching = received(filter);
      if (matching.size() >= count) {
        return matching;
      }
      pause();
    }
    throw new AssertionError(
        "expected " + count + " matching webhooks within " + timeout + ", got " + received(filter));
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String query = exchange.getRequestURI().getRawQuery();
    String path = exchange.getRequestURI().getPath();
    boolean get = exchange.getRequestMethod().equals("GET");
    received.add(
        new Received(
            exchange.getRequestMethod(),
            path,
            url(exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query)),
            decode(get ? query : body),
            exchange.getRequestHeaders().getFirst("X-Twilio-Signature"),
            Instant.now()));
    String document = path.equals("/twiml") ? TWIML : documents.get(path);
    byte[] reply = document != null ? document.getBytes(StandardCharsets.UTF_8) : new byte[0];
    int status = path.equals("/broken") ? 500 : reply.length > 0 ? 200 : 204;
    exchange.getResponseHeaders().add("Content-Type", "text/xml");
    exchange.sendResponseHeaders(status, reply.length > 0 ? reply.length : -1);
    exchange.getResponseBody().write(reply);
    exchange.close();
  }

  private static Map<String, String> decode(String form) {
    Map<String, String> params = new LinkedHashMap<>();
    if (form == null || form.isEmpty()) {
      return params;
    }
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      params.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
