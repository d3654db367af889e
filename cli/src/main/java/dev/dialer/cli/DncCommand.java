package dev.dialer.cli;

import picocli.CommandLine.Command;

@Command(name = "dnc", description = "import")
final class DncCommand implements Runnable {

  @Override
  public void run() {
    throw new IllegalArgumentException("dnc needs a command: import");
  }
}
