package dev.dialer.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo's contacts: spread over area codes in turn, every tenth contact with the same last
 * digit, so that each sim outcome shows in several zones. Only 555-01xx numbers, reserved for
 * fiction: even a misconfigured run never rings a real phone.
 */
final class ContactSpread {

  /** 555-0100 to 555-0199. */
  static final int NUMBERS_PER_AREA = 100;

  private ContactSpread() {}

  /** How many distinct demo numbers {@code areas} hold. */
  static int capacity(List<AreaCode> areas) {
    return areas.size() * NUMBERS_PER_AREA;
  }

  /**
   * Contact {@code i} gets last digit {@code i mod 10} and the area codes take turns, shifted by
   * one every ten contacts: with plain turns, 2, 5 or 10 area codes would each get only some
   * digits. The shift also keeps every (area code, digit) pair under its ten numbers until all are
   * used.
   *
   * @return {@code count} contacts, or as many as {@code areas} hold when that is fewer
   */
  static List<DemoContact> spread(List<AreaCode> areas, int count) {
    if (areas.isEmpty()) {
      throw new IllegalArgumentException("No area codes to spread the demo contacts over.");
    }
    int total = Math.min(count, capacity(areas));
    int[][] taken = new int[areas.size()][10];
    List<DemoContact> contacts = new ArrayList<>(total);
    for (int i = 0; i < total; i++) {
      int digit = i % 10;
      int area = (digit + i / 10) % areas.size();
      int tens = taken[area][digit]++;
      contacts.add(
          new DemoContact(
              areas.get(area).number("01" + tens + digit),
              "Demo contact " + (i + 1),
              areas.get(area)));
    }
    return contacts;
  }

  /** The one line saying why the demo runs fewer contacts than asked for. */
  static String shortfall(List<AreaCode> areas, int asked) {
    return "Only "
        + capacity(areas)
        + " distinct demo numbers in "
        + areas.size()
        + (areas.size() == 1 ? " area code" : " area codes")
        + " (555-0100 to 555-0199 in each); running "
        + capacity(areas)
        + " contacts, not the "
        + asked
        + " DEMO_CONTACTS asks for.";
  }
}
