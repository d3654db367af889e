package dev.dialer.cli;

import picocli.CommandLine.Command;

@Command(name = "campaign", description = "create, watch, report")
final class CampaignCommand implements Runnable {

  @Override
  public void run() {
    throw new IllegalArgumentException("campaign needs a command: create, watch or report");
  }
}
