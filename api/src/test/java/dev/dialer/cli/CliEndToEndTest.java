package dev.dialer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.api.support.ApiTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./dialer campaign create|watch|report} and {@code call} against the real api. */
class CliEndToEndTest extends ApiTestSupport {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out.reset();
    err.reset();
    Cli cli =
        new Cli(
            Map.of("DIALER_URL", api.baseUrl(), "DIALER_API_KEY", API_KEY),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    return DialerCli.commandLine(cli).execute(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void givenACsv_whenCreatedWatchedAndReported_itShouldEndEveryContactAndPrintTheReport(
      @TempDir Path dir) throws IOException {
    Path csv = dir.resolve("contacts.csv");
    Files.writeString(csv, "phone,name\n+17185550161,Ada\n+17185550163,Ben\n12,Bad\n");

    int created =
        run("campaign", "create", "--csv", csv.toString(), "--purpose", "PAYMENT_REMINDER");
    assertThat(created).as(err.toString(StandardCharsets.UTF_8)).isZero();
    String id = out().trim();
    assertThat(id).isNotBlank();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("2 accepted")
        .contains("1 rejected")
        .contains("row 3 phone");

    assertThat(run("campaign", "watch", id, "--timeout", "2m")).as(out()).isZero();
    assertThat(out()).contains(id + " COMPLETED");

    assertThat(run("campaign", "report", id)).isZero();
    assertThat(out()).contains("+17185550161").contains("+17185550163");
  }

  @Test
  void givenABadNumber_whenCalled_itShouldPrintTheApisMessageWithItsField() {
    assertThat(run("call", "555", "--param", "invoice=INV-7")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("(field to)");

    assertThat(run("call", "+17185550162", "--param", "invoice=INV-7")).isZero();
    String callId = out().split(" ")[0];
    assertThat(api.awaitDisposition(callId).at("/customParameters/invoice").asText())
        .isEqualTo("INV-7");
  }
}
