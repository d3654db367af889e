package dev.dialer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.URI;
import java.util.Map;

/** What every command runs with: where the api is, its key, and where to print. */
record Cli(Map<String, String> env, PrintStream out, PrintStream err, boolean terminal) {

  static final String DEFAULT_URL = "http://127.0.0.1:8080";

  /** The api at {@code --url}, else DIALER_URL, else the local default; key from DIALER_API_KEY. */
  DialerApi api(String url) {
    String base = url != null ? url : env.getOrDefault("DIALER_URL", DEFAULT_URL);
    String key = env.get("DIALER_API_KEY");
    if (key == null || key.isBlank()) {
      throw new DialerApiException(
          "DIALER_API_KEY is not set: export the key ./dialer up printed (or your own key).");
    }
    return new DialerApi(URI.create(base.replaceAll("/+$", "")), key, new ObjectMapper());
  }
}
