package dev.dialer.api.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Phone numbers as users type them and as they should never be typed. The valid ones are New York
 * numbers (open at the suite's workflow clock) in 646, which no other test dials.
 */
final class OddPhones {

  private OddPhones() {}

  static Arbitrary<String> canonical() {
    return Arbitraries.integers().between(2_000_000, 9_999_999).map(line -> "+1646" + line);
  }

  static Arbitrary<String> any() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, canonical()),
        Tuple.of(2, canonical().map(OddPhones::national)),
        Tuple.of(1, canonical().map(p -> p.substring(1))),
        Tuple.of(1, canonical().map(p -> "tel:" + p)),
        Tuple.of(1, canonical().map(p -> p + "x123")),
        Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(40)),
        Tuple.of(1, Arbitraries.strings().all().ofMaxLength(20)),
        Tuple.of(
            1,
            Arbitraries.of(
                "",
                "+",
                "+1",
                "+10000000000",
                "+11234567890",
                "+16460000000",
                "+442071838750",
                "+1 (646) 555-01",
                "+1646\u0662\u0663\u0664\u0665\u0666\u0667\u0668",
                "+1646555\u00a00101",
                "911",
                "+1900" + "5550101",
                "+16465550101;ext=1")));
  }

  private static String national(String e164) {
    return "(" + e164.substring(2, 5) + ") " + e164.substring(5, 8) + "-" + e164.substring(8);
  }
}
