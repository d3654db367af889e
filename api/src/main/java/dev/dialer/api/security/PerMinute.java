package dev.dialer.api.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The one kind of budget the API's limiters keep: {@code n} per minute, refilled in full each
 * minute. The creation limit and the failed-key limit share it so that they count alike.
 */
final class PerMinute {

  private PerMinute() {}

  static Bucket bucket(int perMinute) {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(perMinute)
                .refillIntervally(perMinute, Duration.ofMinutes(1))
                .build())
        .build();
  }

  /** Whole seconds, rounded up: a client told to wait 0 s would retry too soon. */
  static long seconds(long nanos) {
    return TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999);
  }
}
