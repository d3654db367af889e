package dev.dialer.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.ApiTestSupport;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditTrailTest extends ApiTestSupport {

  @Autowired private JdbcClient jdbc;

  @Test
  void givenAStateChange_itIsAuditedUnderTheKeyId_neverTheKey_andReadsAreNot() {
    String number = "+12125550" + (100 + (int) (System.nanoTime() % 800));
    String path = "/api/dnc/" + number;
    assertThat(
            api.send(api.request(path).PUT(HttpRequest.BodyPublishers.noBody()).build()).status())
        .isEqualTo(200);
    // The same route spelled with an encoded letter is the same route, audited under its name.
    assertThat(api.send(api.request("/%61pi/dnc/" + number).DELETE().build()).status())
        .isEqualTo(204);
    assertThat(new ApiClient(api.baseUrl(), SUPERVISOR_KEY).get(path).status()).isIn(200, 404);

    List<Map<String, Object>> rows =
        jdbc.sql(
                "SELECT key_id, role, method, status FROM api_audit WHERE path = :path ORDER BY id")
            .param("path", path)
            .query()
            .listOfRows();

    String adminId = ApiKeys.keyId(Role.ADMIN, API_KEY);
    assertThat(rows)
        .containsExactly(
            Map.of("key_id", adminId, "role", "admin", "method", "PUT", "status", 200),
            Map.of("key_id", adminId, "role", "admin", "method", "DELETE", "status", 204));
    assertThat(adminId).doesNotContain(API_KEY);
  }
}
