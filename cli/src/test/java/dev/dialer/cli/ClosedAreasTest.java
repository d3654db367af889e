package dev.dialer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClosedAreasTest {

  private static final AreaCode NEW_YORK = AreaCode.forNumber("+12125550100");
  private static final AreaCode HONOLULU = AreaCode.forNumber("+18085550100");

  private final List<String> asked = new ArrayList<>();

  private static ContactView view(String phone, String state) {
    return new ContactView(phone, state, 1, "NO_ANSWER", null);
  }

  @Test
  void givenAWindowThatClosedWhileTheCampaignRan_whenItsContactsExpired_itShouldBeFoundClosed() {
    CallPlan plan = new CallPlan(List.of(NEW_YORK, HONOLULU), true);
    List<DemoContact> contacts = ContactSpread.spread(plan.areas(), 4);

    var closed =
        ClosedAreas.find(
            plan,
            contacts,
            List.of(
                view(contacts.get(0).phone(), "EXPIRED"), view(contacts.get(1).phone(), "DONE")),
            phone -> {
              asked.add(phone);
              return Optional.of(ComplianceAnswer.blocked("WINDOW", null));
            });

    assertThat(closed).containsExactly(NEW_YORK);
    assertThat(asked).containsExactly("+12125550100");
  }

  @Test
  void givenNoContactExpired_whenSearched_itShouldNotAskCompliance() {
    CallPlan plan = new CallPlan(List.of(NEW_YORK), true);
    List<DemoContact> contacts = ContactSpread.spread(plan.areas(), 2);

    var closed =
        ClosedAreas.find(
            plan,
            contacts,
            List.of(view(contacts.get(0).phone(), "DONE")),
            phone -> {
              asked.add(phone);
              return Optional.empty();
            });

    assertThat(closed).isEmpty();
    assertThat(asked).isEmpty();
  }

  @Test
  void givenNoAreaCodeWasOpen_whenSearched_everyAreaCodeShouldBeClosed() {
    CallPlan plan = new CallPlan(List.of(), true);

    assertThat(ClosedAreas.find(plan, List.of(), List.of(), phone -> Optional.empty()))
        .containsExactlyInAnyOrderElementsOf(AreaCode.POOL);
  }
}
