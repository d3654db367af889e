package dev.dialer.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", description = "A campaign's report.csv, to stdout or --out.")
final class CampaignReportCommand implements Callable<Integer> {

  private final Cli cli;

  @Option(names = "--url", description = "the api (default DIALER_URL or http://127.0.0.1:8080)")
  String url;

  @Parameters(index = "0", description = "the campaign's id")
  String id;

  @Option(names = "--out", description = "save it here instead")
  Path out;

  CampaignReportCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    DialerApi api = cli.api(url);
    if (out != null) {
      new CampaignApi(api).downloadReport(id, out.toAbsolutePath());
      cli.err().println("saved " + out);
    } else {
      cli.out()
          .print(
              api.text(
                  "/api/campaigns/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/report.csv",
                  "text/csv"));
    }
    return 0;
  }
}
