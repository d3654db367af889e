package dev.dialer.media.stream;

import java.net.URI;

/**
 * The stream and listen sockets live beside the relay, on the same host: their URLs are the relay
 * URL's siblings, so the one URL each deployment already configures decides all three.
 */
public final class StreamUrls {

  public static final String STREAM_PATH = "stream";
  public static final String LISTEN_PATH = "listen";

  private StreamUrls() {}

  public static String sibling(String relayUrl, String path) {
    return URI.create(relayUrl).resolve(path).toString();
  }
}
