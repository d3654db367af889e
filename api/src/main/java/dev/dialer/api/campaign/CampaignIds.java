package dev.dialer.api.campaign;

import dev.dialer.api.web.ApiException;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/** A campaign's id: the client's Idempotency-Key, or 12 readable random characters. */
final class CampaignIds {

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
  private static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private CampaignIds() {}

  static String of(String idempotencyKey) {
    if (idempotencyKey == null) {
      char[] id = new char[LENGTH];
      for (int i = 0; i < LENGTH; i++) {
        id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
      }
      return new String(id);
    }
    if (!KEY.matcher(idempotencyKey).matches()) {
      throw ApiException.invalid(
          "Idempotency-Key", "'Idempotency-Key' must be 1–64 letters, digits, '.', '_' or '-'.");
    }
    return idempotencyKey;
  }
}
