package dev.dialer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import a national registry file, one number a line.")
final class DncImportCommand implements Callable<Integer> {

  private final Cli cli;

  @Option(names = "--url", description = "the api (default DIALER_URL or http://127.0.0.1:8080)")
  String url;

  @Parameters(index = "0", description = "the file")
  Path file;

  @Option(names = "--snapshot-date", description = "the registry's date, YYYY-MM-DD")
  String snapshotDate;

  DncImportCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file " + file);
    }
    String path = "/api/dnc/import" + (snapshotDate == null ? "" : "?snapshotDate=" + snapshotDate);
    JsonNode result =
        cli.api(url).postText(path, "text/plain", Files.readString(file), JsonNode.class);
    cli.out()
        .println(
            result.path("imported").asLong()
                + " imported, "
                + result.path("duplicates").asLong()
                + " duplicates, "
                + result.path("rejectedCount").asLong()
                + " rejected");
    return 0;
  }
}
