package dev.dialer.activities.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsStatesTest {

  @Test
  void statesDcAndTerritoriesAreCodesInAnyCaseAndNothingElseIs() {
    assertThat(UsStates.isCode("FL")).isTrue();
    assertThat(UsStates.isCode("dc")).isTrue();
    assertThat(UsStates.isCode("PR")).isTrue();
    assertThat(UsStates.isCode("GU")).isTrue();
    assertThat(UsStates.isCode("ZZ")).isFalse();
    assertThat(UsStates.isCode(null)).isFalse();
  }

  @Test
  void givenATerritorysNumber_whenGeocoded_itShouldReadTheTerritorysCode() {
    // A territory read as "no state" would take every state's rules, the unknown-state reading.
    assertThat(UsStates.fromGeocoder("San Juan, PR")).contains("PR");
    assertThat(UsStates.fromGeocoder("Guam")).contains("GU");
    assertThat(UsStates.fromGeocoder("U.S. Virgin Islands")).contains("VI");
    assertThat(UsStates.fromGeocoder("Pensacola, FL")).contains("FL");
  }
}
