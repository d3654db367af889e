package dev.dialer.activities.telephony;

import com.twilio.base.ResourceSet;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.CallReader;
import com.twilio.type.PhoneNumber;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.call.CallRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Component;

/**
 * Finds the call an earlier, crashed try of the dial activity created at Twilio but never wrote to
 * the ledger: a call to the same number from the same caller ID, created since that try began, that
 * no other ledger row owns.
 */
@Component
class CallAdoption {

  /** Twilio's clock and ours differ; a call created slightly "before" the mark is still ours. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  private final TwilioRestClient twilio;
  private final CallLedger ledger;

  CallAdoption(TwilioRestClient twilio, CallLedger ledger) {
    this.twilio = twilio;
    this.ledger = ledger;
  }

  /**
   * Twilio leaves start_time empty while a call waits in the account's queue (above its calls per
   * second), so a StartTime filter alone misses a call created a moment ago: the queued calls are
   * listed by status, the others by start time, and date_created is checked here.
   */
  Optional<String> findEarlierDial(CallRecord row) {
    Instant since = row.dialStartedAt().minus(CLOCK_SKEW);
    Stream<Call> queued =
        stream(reader(row).setStatus(Call.Status.QUEUED).setPageSize(50L).read(twilio));
    Stream<Call> started =
        stream(
            reader(row)
                .setStartTimeAfter(since.atZone(ZoneOffset.UTC))
                .setPageSize(50L)
                .read(twilio));
    return Stream.concat(queued, started)
        .filter(call -> call.getDateCreated() != null)
        .filter(call -> !call.getDateCreated().toInstant().isBefore(since))
        .filter(call -> ledger.findBySid(call.getSid()).isEmpty())
        .min(Comparator.comparing(Call::getDateCreated))
        .map(Call::getSid);
  }

  private static CallReader reader(CallRecord row) {
    return Call.reader().setTo(new PhoneNumber(row.to())).setFrom(new PhoneNumber(row.from()));
  }

  private static Stream<Call> stream(ResourceSet<Call> calls) {
    return StreamSupport.stream(calls.spliterator(), false);
  }
}
