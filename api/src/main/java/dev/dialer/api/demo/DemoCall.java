package dev.dialer.api.demo;

import dev.dialer.workflows.call.Disposition;
import java.util.ArrayList;
import java.util.List;

/** One call the demo places, how twilio-sim will make it end, and where its callee lives. */
record DemoCall(String to, Disposition expected, AreaCode area) {

  /**
   * The line numbers: one per last digit, so every outcome of the sim shows once, plus two more
   * human answers. All make 555-01xx numbers, reserved for fiction: even a misconfigured run never
   * rings a real phone.
   */
  static final List<String> LINES =
      List.of(
          "0100", "0111", "0122", "0133", "0144", "0155", "0166", "0177", "0188", "0199", "0101",
          "0112");

  static DemoCall of(String to) {
    return new DemoCall(to, ExpectedDisposition.forNumber(to), AreaCode.forNumber(to));
  }

  /** One call per line, the area codes taken round robin so that several zones show. */
  static List<DemoCall> spread(List<AreaCode> areas) {
    if (areas.isEmpty()) {
      throw new IllegalArgumentException("No area codes to spread the demo calls over.");
    }
    List<DemoCall> calls = new ArrayList<>();
    for (int i = 0; i < LINES.size(); i++) {
      calls.add(of(areas.get(i % areas.size()).number(LINES.get(i))));
    }
    return calls;
  }
}
