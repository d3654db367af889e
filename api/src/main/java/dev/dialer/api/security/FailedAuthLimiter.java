package dev.dialer.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.dialer.activities.DialerProperties;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Wrong keys per client address: past the limit an address is refused before its key is compared,
 * so a key cannot be guessed at line speed. Addresses are forgotten once quiet, and their number is
 * bounded, so a flood of addresses cannot exhaust memory.
 */
@Component
class FailedAuthLimiter {

  private final int perMinute;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(2)).maximumSize(100_000).build();

  FailedAuthLimiter(DialerProperties properties) {
    this.perMinute = properties.security().failedAuthPerMinute();
  }

  /** Seconds until this address may try again; 0 when it may try now. */
  long blockedFor(String address) {
    Bucket bucket = buckets.getIfPresent(address);
    if (bucket == null) {
      return 0;
    }
    long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    return nanos == 0 ? 0 : Math.max(1, PerMinute.seconds(nanos));
  }

  void failed(String address) {
    buckets.get(address, a -> PerMinute.bucket(perMinute)).tryConsume(1);
  }
}
