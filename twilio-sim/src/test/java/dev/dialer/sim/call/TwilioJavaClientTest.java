package dev.dialer.sim.call;

import static dev.dialer.sim.TestCalls.FROM;
import static dev.dialer.sim.TestCalls.callStatuses;
import static dev.dialer.sim.TestCalls.statusCallbacks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import dev.dialer.sim.CallbackRecorder;
import dev.dialer.sim.RunningSim;
import dev.dialer.sim.SimRoutingHttpClient;
import dev.dialer.sim.TestCalls;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dialer talks to the sim through twilio-java; everything it sends must be understood. */
class TwilioJavaClientTest {

  private static CallbackRecorder receiver;
  private static TwilioRestClient client;

  @BeforeAll
  static void start() {
    receiver = new CallbackRecorder();
    client =
        new TwilioRestClient.Builder(RunningSim.ACCOUNT_SID, RunningSim.AUTH_TOKEN)
            .httpClient(new SimRoutingHttpClient(RunningSim.get().baseUrl()))
            .build();
  }

  @AfterAll
  static void stop() {
    receiver.close();
  }

  @Test
  void givenTwilioJava_whenCreatingListingFetchingAndHangingUp_theSimUnderstandsIt() {
    String to = RunningSim.numberEndingIn(0);
    TestCalls.putScenario(to, "{\"talkMillis\": 60000}");

    Call created =
        Call.creator(new PhoneNumber(to), new PhoneNumber(FROM), URI.create(receiver.url("/twiml")))
            .setStatusCallback(URI.create(receiver.url("/status?callId=9")))
            .setStatusCallbackEvent(List.of("initiated", "ringing", "answered", "completed"))
            .setMachineDetection("Enable")
            .setAsyncAmd("true")
            .setAsyncAmdStatusCallback(URI.create(receiver.url("/amd")))
            .setTimeout(30)
            .create(client);

    assertThat(created.getStatus()).isEqualTo(Call.Status.QUEUED);
    assertThat(created.getDateCreated()).isNotNull();
    List<Call> found =
        StreamSupport.stream(
                Call.reader()
                    .setTo(new PhoneNumber(to))
                    .setStartTimeAfter(ZonedDateTime.now().minusMinutes(5))
                    .read(client)
                    .spliterator(),
                false)
            .toList();
    assertThat(found).extracting(Call::getSid).containsExactly(created.getSid());
    statusCallbacks(receiver, created.getSid(), 3);
    receiver.await(
        r -> r.path().equals("/amd") && created.getSid().equals(r.param("CallSid")),
        1,
        TestCalls.WAIT);
    Call answered = Call.fetcher(created.getSid()).fetch(client);
    assertThat(answered.getStatus()).isEqualTo(Call.Status.IN_PROGRESS);
    assertThat(answered.getStartTime()).isNotNull();
    assertThat(answered.getAnsweredBy()).isEqualTo("human");

    Call ended =
        Call.updater(created.getSid()).setStatus(Call.UpdateStatus.COMPLETED).update(client);

    assertThat(ended.getStatus()).isEqualTo(Call.Status.COMPLETED);
    assertThat(callStatuses(statusCallbacks(receiver, created.getSid(), 4)))
        .containsExactly("initiated", "ringing", "in-progress", "completed");
  }

  @Test
  void givenManyCalls_whenTwilioJavaReadsAllPages_itFollowsNextPageUri() {
    String to = RunningSim.numberEndingIn(7);
    for (int i = 0; i < 5; i++) {
      TestCalls.create("To", to, "From", FROM, "Twiml", "<Response/>");
    }

    long count =
        StreamSupport.stream(
                Call.reader().setTo(to).setPageSize(2L).read(client).spliterator(), false)
            .count();

    assertThat(count).isEqualTo(5);
  }

  @Test
  void givenInvalidNumber_whenTwilioJavaCreates_itRaisesApiExceptionWithTwiliosCode() {
    ApiException error =
        catchThrowableOfType(
            ApiException.class,
            () ->
                Call.creator(
                        new PhoneNumber("5551234567"),
                        new PhoneNumber(FROM),
                        URI.create(receiver.url("/twiml")))
                    .create(client));

    assertThat(error.getCode()).isEqualTo(21211);
    assertThat(error.getStatusCode()).isEqualTo(400);
    assertThat(error.getMessage())
        .isEqualTo("The 'To' number 5551234567 is not a valid phone number.");
    assertThat(error.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/21211");
  }
}
