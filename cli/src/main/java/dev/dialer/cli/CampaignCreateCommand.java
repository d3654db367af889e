package dev.dialer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "create",
    description = "Create a campaign from a CSV of contacts and start it; prints its id.")
final class CampaignCreateCommand implements Callable<Integer> {

  private final Cli cli;

  @Option(names = "--url", description = "the api (default DIALER_URL or http://127.0.0.1:8080)")
  String url;

  @Option(names = "--csv", required = true, description = "contacts: a header row, then one a row")
  Path csv;

  @Option(names = "--purpose", required = true, description = "e.g. PAYMENT_REMINDER")
  String purpose;

  @Option(names = "--name", description = "default: the CSV's file name")
  String name;

  @Option(names = "--cps", description = "calls per second")
  Double callsPerSecond;

  @Option(names = "--no-start", negatable = true, description = "start it at once (default)")
  boolean start = true;

  CampaignCreateCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(csv)) {
      throw new IllegalArgumentException("--csv: no such file " + csv);
    }
    DialerApi api = cli.api(url);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name != null ? name : csv.getFileName().toString());
    body.put("purpose", purpose);
    if (callsPerSecond != null) {
      body.put("pacing", Map.of("callsPerSecond", callsPerSecond));
    }
    String id = api.post("/api/campaigns", body, JsonNode.class).path("id").asText();
    String path = "/api/campaigns/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    JsonNode imported =
        api.postText(path + "/contacts", "text/csv", Files.readString(csv), JsonNode.class);
    cli.err()
        .println(
            "contacts: "
                + imported.path("accepted").asLong()
                + " accepted, "
                + imported.path("duplicates").asLong()
                + " duplicates, "
                + imported.path("rejectedCount").asLong()
                + " rejected");
    imported
        .path("rejected")
        .forEach(
            row ->
                cli.err()
                    .println(
                        "  row "
                            + row.path("row").asLong()
                            + " "
                            + row.path("field").asText()
                            + ": "
                            + row.path("error").asText()));
    if (start) {
      api.post(path + "/start", Map.of(), JsonNode.class);
    }
    cli.out().println(id);
    return 0;
  }
}
