package dev.dialer.api.compliance;

import java.util.List;

/**
 * What the dialer enforces: the federal rules, every row of the state rule table and the states'
 * own holidays.
 *
 * @param federal the rules that apply to every call, each with its source
 * @param unverified how many state rows were not checked against the statute's text
 */
record RulesView(
    List<String> federal,
    List<RuleView> stateRules,
    List<HolidayView> stateHolidays,
    long unverified) {}
