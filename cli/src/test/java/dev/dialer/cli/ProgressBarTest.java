package dev.dialer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void givenACampaignHalfWayThrough_whenDrawn_theBarShouldShowDoneInFlightRateCallsAndTime() {
    ProgressBar bar = new ProgressBar(112, 200, 23, 19.6, 187, Duration.ofSeconds(14));

    assertThat(bar.line())
        .isEqualTo(
            "[███████████░░░░░░░░░] 112/200 contacts done · 23 in flight · 19.6 calls/s"
                + " · 187 calls · 0:14");
  }

  @Test
  void givenAlmostAllDone_whenDrawn_theBarShouldNotLookFull() {
    assertThat(new ProgressBar(199, 200, 1, 0, 599, Duration.ofSeconds(65)).line())
        .startsWith("[███████████████████░] 199/200")
        .endsWith("· 1:05");
    assertThat(new ProgressBar(0, 0, 0, 0, 0, Duration.ZERO).line())
        .startsWith("[░░░░░░░░░░░░░░░░░░░░] 0/0");
  }

  @Test
  void givenTheApisCounts_whenDrawn_finishedStatesShouldCountAsDone() {
    CampaignView view =
        new CampaignView(
            "RUNNING",
            new CampaignView.Counts(
                Map.of("DONE", 3, "EXHAUSTED", 2, "EXPIRED", 1, "DIALING", 3, "RETRY", 1)),
            9L,
            3,
            null);

    assertThat(ProgressBar.of(view, 10, Duration.ofSeconds(3)).line())
        .isEqualTo(
            "[████████████░░░░░░░░] 6/10 contacts done · 3 in flight · 0.0 calls/s · 9 calls"
                + " · 0:03");
  }

  @Test
  void givenATerminal_whenTheBarMoves_itShouldRewriteOneLineInPlace() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressPrinter printer =
        new ProgressPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);

    printer.show("[░░] 0/2 done · 10:00");
    printer.show("[█░] 1/2 done · 0:01");
    printer.finish();

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("\r[░░] 0/2 done · 10:00\r[█░] 1/2 done · 0:01 \n");
  }

  @Test
  void givenAPipe_whenTheBarMoves_itShouldPrintPlainLinesAndTheLastOne() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressPrinter printer =
        new ProgressPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

    printer.show("first");
    printer.show("second");
    printer.show("last");
    printer.finish();

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly("first", "last");
  }
}
