package dev.dialer.activities.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.http.HttpMethod;
import com.twilio.http.Response;
import dev.dialer.workflows.call.HangUpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hanging up ends the call whatever Twilio reports in between. */
class HangUpTest {

  private static final String SID = "CA" + "7".repeat(32);
  private static final String PATH =
      "/2010-04-01/Accounts/AC00000000000000000000000000000000/Calls/" + SID + ".json";

  @RegisterExtension static final DialFixture db = new DialFixture();

  @Test
  void givenTwilioReportsAStatusTwilioJavaCannotRead_whenHangingUp_itStillEndsTheCall() {
    db.rest =
        request ->
            request.getMethod() == HttpMethod.GET
                ? call("dialing-somewhere-new")
                : call("canceled");

    db.telephony.hangUp(new HangUpRequest(SID, "ended by user"));

    assertThat(db.restRequests).containsExactly("GET " + PATH, "POST " + PATH + " Status=canceled");
  }

  @Test
  void givenTheCallWasAnsweredWhileBeingCanceled_whenTwilioLeavesItUp_itCompletesIt() {
    // Fetched ringing; answered before the cancel arrived, which Twilio then ignores.
    db.rest =
        request -> {
          if (request.getMethod() == HttpMethod.GET) {
            return call("ringing");
          }
          String status = request.getPostParams().get("Status").get(0);
          return call("canceled".equals(status) ? "in-progress" : "completed");
        };

    db.telephony.hangUp(new HangUpRequest(SID, "ended by user"));

    assertThat(db.restRequests)
        .containsExactly(
            "GET " + PATH,
            "POST " + PATH + " Status=canceled",
            "POST " + PATH + " Status=completed");
  }

  private static Response call(String status) {
    return new Response("{\"sid\": \"" + SID + "\", \"status\": \"" + status + "\"}", 200);
  }
}
