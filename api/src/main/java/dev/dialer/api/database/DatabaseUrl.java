package dev.dialer.api.database;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * DATABASE_URL in either form people have: {@code jdbc:postgresql://host/db?user=…} or the {@code
 * postgres://user:password@host:port/db} URL most hosting platforms hand out.
 */
record DatabaseUrl(String jdbcUrl, String username, String password) {

  static DatabaseUrl parse(String value) {
    if (value.startsWith("jdbc:")) {
      return new DatabaseUrl(value, null, null);
    }
    URI uri = URI.create(value);
    if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
      throw new IllegalArgumentException(
          "DATABASE_URL must start with postgres://, postgresql:// or jdbc:postgresql://, got "
              + uri.getScheme()
              + "://…");
    }
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
      password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
    }
    String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new DatabaseUrl(
        "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query, user, password);
  }
}
