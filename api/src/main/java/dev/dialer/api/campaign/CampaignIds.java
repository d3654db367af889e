package dev.dialer.api.campaign;

import dev.dialer.api.web.IdempotencyKey;
import java.security.SecureRandom;

/** A campaign's id: the client's Idempotency-Key, or 12 readable random characters. */
final class CampaignIds {

  private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
  private static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private CampaignIds() {}

  static String of(String idempotencyKey) {
    return IdempotencyKey.of(idempotencyKey).orElseGet(CampaignIds::random);
  }

  private static String random() {
    char[] id = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(id);
  }
}
