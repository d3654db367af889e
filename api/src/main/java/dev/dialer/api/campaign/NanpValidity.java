package dev.dialer.api.campaign;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Whether a canonical {@code +1} number is valid, as libphonenumber says, asked once per
 * seven-digit prefix (area code, exchange, first line digit) instead of once per number.
 *
 * <p>Exact because every national-number pattern libphonenumber holds for country code 1 ends in at
 * least three free digits ({@code …\d{3}} or longer; {@code NanpValidityTest} checks the metadata),
 * so the verdict for a ten-digit number is decided by its first seven. Big uploads repeat few
 * prefixes; libphonenumber's own check (about 25 regions' patterns tried in turn) was most of a
 * row's CPU. Two bits per prefix: 2.5 MB whatever the upload's size.
 */
final class NanpValidity {

  static final int PREFIX_DIGITS = 7;
  private static final int PREFIXES = 10_000_000;
  private static final int TAIL = 1_000;
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final AtomicLongArray KNOWN = new AtomicLongArray(PREFIXES / 64 + 1);
  private static final AtomicLongArray VALID = new AtomicLongArray(PREFIXES / 64 + 1);

  private NanpValidity() {}

  /**
   * @param phone a string of any form
   * @return the ten national digits of a {@code +1} followed by exactly ten digits, or -1
   */
  static long canonicalNational(String phone) {
    if (phone.length() != 12 || phone.charAt(0) != '+' || phone.charAt(1) != '1') {
      return -1;
    }
    long national = 0;
    for (int i = 2; i < 12; i++) {
      char c = phone.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      national = national * 10 + (c - '0');
    }
    return national;
  }

  /** libphonenumber's {@code isValidNumber} for +1 and these ten national digits. */
  static boolean isValid(long national) {
    int prefix = (int) (national / TAIL);
    int word = prefix >>> 6;
    long bit = 1L << (prefix & 63);
    if ((KNOWN.get(word) & bit) != 0) {
      return (VALID.get(word) & bit) != 0;
    }
    boolean valid = libphonenumber(national);
    if (valid) {
      VALID.getAndAccumulate(word, bit, (a, b) -> a | b);
    }
    // Published after VALID: a reader that sees the known bit also sees the verdict.
    KNOWN.getAndAccumulate(word, bit, (a, b) -> a | b);
    return valid;
  }

  static boolean libphonenumber(long national) {
    return PHONES.isValidNumber(new PhoneNumber().setCountryCode(1).setNationalNumber(national));
  }
}
