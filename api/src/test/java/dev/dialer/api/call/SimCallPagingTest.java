package dev.dialer.api.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import dev.dialer.api.support.ApiTestSupport;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dialer's Twilio client pages through twilio-sim's call list past its first page. */
class SimCallPagingTest extends ApiTestSupport {

  @Autowired TwilioRestClient twilio;

  @Test
  void givenMoreCallsThanAPage_whenListingThem_everyPageIsReadOnce() {
    String to = "+12125559170";
    List<String> created = List.of(create(to), create(to), create(to)).stream().sorted().toList();

    List<String> listed =
        StreamSupport.stream(
                Call.reader().setTo(new PhoneNumber(to)).setPageSize(1L).read(twilio).spliterator(),
                false)
            .limit(10)
            .map(Call::getSid)
            .sorted()
            .toList();

    assertThat(listed).isEqualTo(created);
  }

  private String create(String to) {
    return Call.creator(
            new PhoneNumber(to), new PhoneNumber("+14155550100"), new Twiml("<Response/>"))
        .create(twilio)
        .getSid();
  }
}
