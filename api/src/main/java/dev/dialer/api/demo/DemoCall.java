package dev.dialer.api.demo;

import dev.dialer.workflows.call.Disposition;
import java.util.List;

/** One call the demo places, and how twilio-sim will make it end. */
record DemoCall(String to, Disposition expected) {

  /**
   * One number per last digit, so every outcome of the sim shows once, plus two more human answers.
   * All are 555-01xx numbers, reserved for fiction: even a misconfigured run never rings a real
   * phone. The area codes span the four mainland time zones.
   */
  static final List<String> NUMBERS =
      List.of(
          "+12125550100",
          "+13125550111",
          "+13035550122",
          "+14155550133",
          "+16175550144",
          "+15125550155",
          "+12065550166",
          "+14045550177",
          "+17025550188",
          "+13055550199",
          "+16025550101",
          "+12145550112");

  static List<DemoCall> all() {
    return NUMBERS.stream()
        .map(number -> new DemoCall(number, ExpectedDisposition.forNumber(number)))
        .toList();
  }
}
