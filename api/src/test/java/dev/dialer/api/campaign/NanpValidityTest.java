package dev.dialer.api.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

/** The canonical-number fast path says what libphonenumber says, for every number. */
class NanpValidityTest {

  private static final Pattern FREE_TAIL = Pattern.compile(".*\\\\d\\{(\\d+)}");

  @Test
  void givenCountryCode1Metadata_everyNumberPatternShouldEndInAtLeastThreeFreeDigits() {
    List<String> branches = new ArrayList<>();
    for (String region : PhoneNumberUtil.getInstance().getRegionCodesForCountryCode(1)) {
      PhoneMetadata metadata =
          DefaultMetadataDependenciesProvider.getInstance()
              .getPhoneNumberMetadataSource()
              .getMetadataForRegion(region);
      for (PhoneNumberDesc desc : descs(metadata)) {
        if (desc.hasNationalNumberPattern()) {
          branches.addAll(topLevelBranches(desc.getNationalNumberPattern()));
        }
      }
      // The region is picked by these before any pattern; they must look at seven digits at most.
      for (String leading : topLevelBranches(metadata.getLeadingDigits())) {
        assertThat(leading.replaceAll("\\[[^]]*]", "d")).as(region).matches("[0-9d]{0,7}");
      }
    }
    assertThat(branches).hasSizeGreaterThan(100);
    for (String branch : branches) {
      Matcher tail = FREE_TAIL.matcher(branch);
      assertThat(tail.matches()).as(branch).isTrue();
      assertThat(Integer.parseInt(tail.group(1)))
          .as(branch)
          .isGreaterThanOrEqualTo(10 - NanpValidity.PREFIX_DIGITS);
    }
  }

  @Test
  void givenEverySevenDigitPrefixOfTrickyAreaCodes_whenChecked_itShouldMatchLibphonenumber() {
    // 246 (Barbados) and 876 (Jamaica) hold patterns decided by the seventh digit.
    for (int area : new int[] {246, 876, 212, 800}) {
      for (int rest = 0; rest < 10_000; rest++) {
        long prefix = area * 10_000L + rest;
        for (long line : new long[] {prefix * 1000 + 123, prefix * 1000 + 987}) {
          assertThat(NanpValidity.isValid(line))
              .as("+1%d", line)
              .isEqualTo(NanpValidity.libphonenumber(line));
        }
      }
    }
  }

  @Test
  void givenGeneratedCanonicalNumbers_whenChecked_itShouldMatchLibphonenumber() {
    Arbitrary<Long> areas =
        Arbitraries.oneOf(
            Arbitraries.longs().between(0, 999),
            Arbitraries.of(212L, 415L, 268L, 246L, 441L, 787L, 876L, 204L, 800L, 900L, 684L, 340L));
    Arbitrary<Long> numbers =
        Combinators.combine(areas, Arbitraries.longs().between(0, 9_999_999L))
            .as((area, rest) -> area * 10_000_000L + rest);
    long valid =
        numbers
            .sampleStream()
            .limit(50_000)
            .filter(
                national -> {
                  assertThat(NanpValidity.isValid(national))
                      .as("+1%010d", national)
                      .isEqualTo(NanpValidity.libphonenumber(national));
                  String phone = String.format("+1%010d", national);
                  assertThat(NanpValidity.canonicalNational(phone)).isEqualTo(national);
                  return NanpValidity.libphonenumber(national);
                })
            .count();
    assertThat(valid).as("some generated numbers are valid").isPositive();
  }

  @Test
  void givenNonCanonicalForms_itShouldNotTakeTheFastPath() {
    for (String phone :
        new String[] {
          "+1415555010", "+141555501000", "+2415555010", "14155550100", "+1415a550100"
        }) {
      assertThat(NanpValidity.canonicalNational(phone)).as(phone).isEqualTo(-1);
    }
  }

  private static List<PhoneNumberDesc> descs(PhoneMetadata m) {
    return List.of(
        m.getGeneralDesc(),
        m.getFixedLine(),
        m.getMobile(),
        m.getTollFree(),
        m.getPremiumRate(),
        m.getSharedCost(),
        m.getPersonalNumber(),
        m.getVoip(),
        m.getPager(),
        m.getUan(),
        m.getVoicemail());
  }

  /** A pattern split at its top-level {@code |}, outside groups and character classes. */
  private static List<String> topLevelBranches(String pattern) {
    List<String> branches = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int start = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        branches.add(pattern.substring(start, i));
        start = i + 1;
      }
    }
    if (start < pattern.length()) {
      branches.add(pattern.substring(start));
    }
    return branches;
  }
}
