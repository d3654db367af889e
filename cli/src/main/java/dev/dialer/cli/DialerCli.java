package dev.dialer.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./dialer call|campaign|dnc|demo}: the operator's client of the REST API. Errors are the
 * api's own message with its field, and exit 1.
 */
@Command(
    name = "dialer",
    mixinStandardHelpOptions = true,
    description = "Place calls, run campaigns and manage the do-not-call list through the API.")
public final class DialerCli implements Runnable {

  private final Cli cli;

  DialerCli(Cli cli) {
    this.cli = cli;
  }

  @Override
  public void run() {
    new CommandLine(this).usage(cli.out());
  }

  /** The command line with every command, printing to the streams of {@code cli}. */
  static CommandLine commandLine(Cli cli) {
    CommandLine campaign =
        new CommandLine(new CampaignCommand())
            .addSubcommand(new CampaignCreateCommand(cli))
            .addSubcommand(new CampaignWatchCommand(cli))
            .addSubcommand(new CampaignReportCommand(cli));
    CommandLine dnc = new CommandLine(new DncCommand()).addSubcommand(new DncImportCommand(cli));
    CommandLine line =
        new CommandLine(new DialerCli(cli))
            .addSubcommand(new CallCommand(cli))
            .addSubcommand(campaign)
            .addSubcommand(dnc)
            .addSubcommand(new DemoCommand(cli));
    line.setOut(new PrintWriter(cli.out(), true));
    line.setErr(new PrintWriter(cli.err(), true));
    line.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof DialerApiException || e instanceof IllegalArgumentException) {
            cli.err().println(e.getMessage());
            return 1;
          }
          throw e;
        });
    return line;
  }

  public static void main(String[] args) {
    // The output has ✓, ✗ and the bar's blocks, whatever the platform's default charset is.
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    Cli cli = new Cli(System.getenv(), out, System.err, System.console() != null);
    System.exit(commandLine(cli).execute(args));
  }
}
