package dev.dialer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ./dialer demo}'s client, as before its move: settings from DEMO_* and DIALER_*. */
@Command(name = "demo", description = "Run the demo campaign against a running api.")
final class DemoCommand implements Callable<Integer> {

  private final Cli cli;

  DemoCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    return new DemoClient(cli.out(), cli.err(), cli.terminal(), DemoClient.POLL_INTERVAL)
        .run(cli.env());
  }
}
