package dev.dialer.api.twilio;

import java.util.Arrays;
import java.util.List;

/**
 * MEDIA_RELAY_URL may list several media workers, comma-separated ({@code ./dialer up --media 2}
 * with no load balancer in front of them): each call goes to one of them, chosen by its callId so
 * that a repeated voice webhook for the same call names the same worker.
 */
public final class RelayUrls {

  private RelayUrls() {}

  public static String pick(String configured, String callId) {
    List<String> urls =
        Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (urls.size() <= 1) {
      return urls.isEmpty() ? configured : urls.get(0);
    }
    return urls.get(Math.floorMod(callId.hashCode(), urls.size()));
  }
}
