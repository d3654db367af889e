package dev.dialer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "call", description = "Place one call: ./dialer call +12125550101 --param k=v")
final class CallCommand implements Callable<Integer> {

  private final Cli cli;

  @Option(names = "--url", description = "the api (default DIALER_URL or http://127.0.0.1:8080)")
  String url;

  @Parameters(index = "0", description = "the number to call, E.164")
  String to;

  @Option(names = "--from", description = "caller ID (default: the api's)")
  String from;

  @Option(names = "--param", description = "a custom parameter for the call, k=v (repeatable)")
  Map<String, String> params = new LinkedHashMap<>();

  CallCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("to", to);
    if (from != null) {
      body.put("from", from);
    }
    body.put("customParameters", params);
    JsonNode accepted = cli.api(url).post("/api/calls", body, JsonNode.class);
    cli.out()
        .println(
            accepted.path("callId").asText()
                + " "
                + accepted.path("status").asText()
                + " "
                + accepted.path("to").asText());
    return 0;
  }
}
