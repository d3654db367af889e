package dev.dialer.api.demo;

import java.util.Collection;

/** How far the placed calls have got, as one line. */
record Progress(int placed, int ringing, int inProgress, int done) {

  static Progress of(Collection<DemoRow> rows) {
    int ringing = 0;
    int inProgress = 0;
    int done = 0;
    for (DemoRow row : rows) {
      ApiCall call = row.latest();
      if (call.done()) {
        done++;
      } else if ("ringing".equals(call.status())) {
        ringing++;
      } else if ("in-progress".equals(call.status())) {
        inProgress++;
      }
    }
    return new Progress(rows.size(), ringing, inProgress, done);
  }

  String line() {
    return "placed %d · ringing %d · in progress %d · done %d"
        .formatted(placed, ringing, inProgress, done);
  }
}
