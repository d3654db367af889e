package dev.dialer.activities.compliance;

import java.time.LocalDate;

/**
 * 08:00–21:00 at the called party's location: 47 CFR 64.1200(c)(1), and FDCPA 15 U.S.C.
 * 1692c(a)(1).
 */
final class FederalWindow implements WindowRule {

  static final int START = 8 * 60;
  static final int END = 21 * 60;

  @Override
  public String rule() {
    return "FEDERAL_WINDOW";
  }

  @Override
  public String source(LocalDate day) {
    return "TCPA, 47 CFR 64.1200(c)(1); FDCPA, 15 U.S.C. 1692c(a)(1)";
  }

  @Override
  public int[] hours(LocalDate day) {
    return new int[] {START, END};
  }
}
