package dev.dialer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "watch",
    description = "Follow a campaign with a progress bar until it is over (exit 0) or --timeout.")
final class CampaignWatchCommand implements Callable<Integer> {

  private final Cli cli;

  @Option(names = "--url", description = "the api (default DIALER_URL or http://127.0.0.1:8080)")
  String url;

  @Parameters(index = "0", description = "the campaign's id")
  String id;

  @Option(names = "--timeout", description = "give up after this long, e.g. 30m (default 24h)")
  String timeout = "24h";

  CampaignWatchCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    CampaignApi campaigns = new CampaignApi(cli.api(url));
    int contacts = campaigns.get(id).counts().total();
    CampaignWatch watch =
        new CampaignWatch(
            campaigns,
            id,
            contacts,
            new ProgressPrinter(cli.out(), cli.terminal()),
            DemoClient.POLL_INTERVAL);
    boolean over = watch.follow(DemoSettings.duration("--timeout", timeout));
    cli.out().println(id + " " + watch.last().status());
    return over ? 0 : 1;
  }
}
