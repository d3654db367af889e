package dev.dialer.api.bench;

import java.time.Instant;
import java.util.List;

/** Figures from twilio-sim's ledger of create requests: what a carrier would have seen. */
final class BenchReport {

  private BenchReport() {}

  /** The most dials inside any one-second window [t, t+1s). */
  static int maxInOneSecond(List<Instant> sorted) {
    int max = 0;
    int start = 0;
    for (int end = 0; end < sorted.size(); end++) {
      while (!sorted.get(start).plusSeconds(1).isAfter(sorted.get(end))) {
        start++;
      }
      max = Math.max(max, end - start + 1);
    }
    return max;
  }

  /** The shortest gap between two dials, in milliseconds. */
  static long minGapMillis(List<Instant> sorted) {
    long min = Long.MAX_VALUE;
    for (int i = 1; i < sorted.size(); i++) {
      min = Math.min(min, sorted.get(i).toEpochMilli() - sorted.get(i - 1).toEpochMilli());
    }
    return min;
  }

  /** Dials per second from the first dial to the last. */
  static double achievedRate(List<Instant> sorted) {
    if (sorted.size() < 2) {
      return 0;
    }
    double seconds =
        (sorted.get(sorted.size() - 1).toEpochMilli() - sorted.get(0).toEpochMilli()) / 1000.0;
    return (sorted.size() - 1) / seconds;
  }

  static void print(String line) {
    System.out.println("BENCH " + line);
  }
}
