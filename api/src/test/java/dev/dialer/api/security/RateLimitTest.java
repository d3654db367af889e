package dev.dialer.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.ApiClient.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Creations per key and wrong keys per client address, at the small limits of this context. */
class RateLimitTest extends SecuredApiSupport {

  @Test
  void givenAKeyPastItsCreationLimit_itIsAnswered429_whileAnotherKeyIsNot() {
    ApiClient limited = client(LIMITED_KEY);
    for (int i = 1; i <= RATE_LIMIT; i++) {
      // An invalid body: answered 400, and counted all the same.
      Reply reply = limited.post("/api/calls", Map.of());
      assertThat(reply.status()).isEqualTo(400);
      assertThat(header(reply, "X-RateLimit-Limit")).isEqualTo(Integer.toString(RATE_LIMIT));
      assertThat(header(reply, "X-RateLimit-Remaining"))
          .isEqualTo(Integer.toString(RATE_LIMIT - i));
      assertThat(Long.parseLong(header(reply, "X-RateLimit-Reset"))).isBetween(1L, 60L);
    }

    Reply refused = limited.post("/api/calls", Map.of("to", "+12125550101"));

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.body().at("/error/code").asText()).isEqualTo("RATE_LIMITED");
    long retryAfter = Long.parseLong(header(refused, "Retry-After"));
    assertThat(retryAfter).isBetween(1L, 60L);
    assertThat(refused.body().at("/error/retryAfter").asLong()).isEqualTo(retryAfter);
    assertThat(header(refused, "X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(limited.post("/api/campaigns", Map.of()).status())
        .as("one budget for every kind of creation")
        .isEqualTo(429);

    Reply other = client(OTHER_LIMITED_KEY).post("/api/calls", Map.of());
    assertThat(other.status()).isEqualTo(400);
    assertThat(header(other, "X-RateLimit-Remaining")).isEqualTo(Integer.toString(RATE_LIMIT - 1));
    assertThat(limited.get("/api/calls").status()).as("reads are not limited").isEqualTo(200);
  }

  @Test
  void givenAnAddressPastTheWrongKeyLimit_itIsAnswered429_evenWithARightKey_andOthersAreNot()
      throws IOException {
    // 127.0.0.2 is loopback too, but another client address than the rest of the tests use.
    for (int i = 0; i < FAILED_AUTH_LIMIT; i++) {
      assertThat(statusLine(fromOtherAddress("guess-" + i))).contains(" 401 ");
    }

    String refused = fromOtherAddress("guess-last");
    String rightKeyToo = fromOtherAddress(ADMIN_KEY);

    assertThat(refused).contains(" 429 ").contains("Retry-After:").contains("\"RATE_LIMITED\"");
    assertThat(statusLine(rightKeyToo)).as("the key is not even compared").contains(" 429 ");
    assertThat(client(ADMIN_KEY).get("/api/calls").status()).isEqualTo(200);
  }

  private static String header(Reply reply, String name) {
    return reply.raw().headers().firstValue(name).orElse(null);
  }

  private static String statusLine(String response) {
    return response.substring(0, response.indexOf('\r'));
  }

  /** A GET /api/calls over a socket of its own, from the client address 127.0.0.2. */
  private static String fromOtherAddress(String key) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress("127.0.0.2", 0));
      socket.connect(new InetSocketAddress("127.0.0.1", API_PORT), 5_000);
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /api/calls HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                  + key
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
