package dev.dialer.api.bench;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Valid US numbers for benchmarks, in area codes whose calling window is open when the suite's
 * workflow clock starts (13:00 New York time). Only twilio-sim is ever called with them.
 */
final class BenchNumbers {

  /** Eastern, Central, Mountain and Pacific codes; no state with a telemarketing cap matters. */
  static final List<String> AREAS =
      List.of(
          "212", "718", "617", "215", "202", "404", "214", "312", "612", "314", "512", "303", "801",
          "213", "503", "206", "415", "702", "602", "720");

  /** Central-office codes 201–999 but the N11 service codes, 555 and a few special ones. */
  private static final List<Integer> EXCHANGES =
      IntStream.rangeClosed(201, 999)
          .filter(code -> code % 100 != 11 && code != 555 && code != 950 && code != 958)
          .filter(code -> code != 959 && code != 976)
          .boxed()
          .toList();

  private BenchNumbers() {}

  /**
   * The {@code i}th number, distinct for every {@code i} below 15 million: spread over the area
   * codes, then the exchanges, then the lines; the last digit, which picks twilio-sim's outcome, is
   * {@code i}'s own.
   */
  static String number(long i) {
    String area = AREAS.get((int) (i % AREAS.size()));
    long rest = i / AREAS.size();
    int exchange = EXCHANGES.get((int) ((rest / 1000) % EXCHANGES.size()));
    long line = (rest % 1000) * 10 + i % 10;
    return "+1" + area + exchange + String.format("%04d", line);
  }
}
