package dev.dialer.api.database;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * DATABASE_URL in either form people have: {@code jdbc:postgresql://host/db?user=…} or the {@code
 * postgres://user:password@host:port/db} URL most hosting platforms hand out. The password never
 * leaves through {@link #toString()}, {@link #masked()} or an exception message.
 */
record DatabaseUrl(String jdbcUrl, String username, String password) {

  private static final String MASK = "****";
  private static final Pattern PASSWORD_PARAM =
      Pattern.compile("([?&;]password=)[^&;#]*", Pattern.CASE_INSENSITIVE);
  private static final Pattern USER_INFO = Pattern.compile("(://[^/@:]*:)[^/@]*@");

  static DatabaseUrl parse(String value) {
    if (value.startsWith("jdbc:")) {
      return new DatabaseUrl(value, null, null);
    }
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      // Not chained: the cause's message quotes the whole URL, password and all.
      throw new IllegalArgumentException(
          "DATABASE_URL is not a valid URL ("
              + e.getReason()
              + " at index "
              + e.getIndex()
              + "): "
              + mask(value)
              + "; percent-encode special characters in the user name and password.");
    }
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

  /** The JDBC URL to log: any {@code password=} parameter masked. */
  String masked() {
    return mask(jdbcUrl);
  }

  /** Masks a password given as {@code user:password@} or as a {@code password=} parameter. */
  static String mask(String url) {
    String noUserInfo = USER_INFO.matcher(url).replaceFirst("$1" + MASK + "@");
    return PASSWORD_PARAM.matcher(noUserInfo).replaceAll("$1" + MASK);
  }

  @Override
  public String toString() {
    return "DatabaseUrl[" + masked() + ", user=" + username + "]";
  }
}
