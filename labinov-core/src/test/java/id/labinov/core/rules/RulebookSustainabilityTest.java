package id.labinov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A rulebook's optional {@code sustainability} section: read, defaulted, written back, refused when bad. */
class RulebookSustainabilityTest {
  private static String fiveDWith(String section) {
    String json = Rulebooks.fiveD().toCanonicalJson();
    return json.substring(0, json.length() - 1) + ",\"sustainability\":" + section + "}";
  }

  @Test
  void theShippedRulebooksUseTheDefaultsAndKeepTheirCanonicalForm() {
    for (Rulebook r : java.util.List.of(Rulebooks.fiveD(), Rulebooks.fiveDPlusOne())) {
      assertThat(r.sustainability()).isEqualTo(SustainabilitySettings.DEFAULT);
      assertThat(r.toCanonicalJson()).doesNotContain("sustainability");
    }
    assertThat(SustainabilitySettings.DEFAULT.monitoringEvery()).isEqualTo(Period.ofMonths(3));
    assertThat(SustainabilitySettings.DEFAULT.atRiskAfterDays()).isEqualTo(30);
    assertThat(SustainabilitySettings.DEFAULT.lapsedAfterDays()).isEqualTo(180);
  }

  @Test
  void aSectionIsReadWithDefaultsForWhatItLeavesOutAndWrittenBack() {
    Rulebook r = Rulebooks.parse(fiveDWith("{\"monitoringEvery\":\"P1M\",\"lapsedAfterDays\":90}"));
    assertThat(r.sustainability()).isEqualTo(new SustainabilitySettings(Period.ofMonths(1), 30, 90));
    Rulebook again = Rulebooks.parse(r.toCanonicalJson());
    assertThat(again.sustainability()).isEqualTo(r.sustainability());
    assertThat(again.hash()).isEqualTo(r.hash()).isNotEqualTo(Rulebooks.fiveD().hash());
  }

  @Test
  void badSettingsAreRefusedWithTheirPath() {
    assertThatThrownBy(() -> Rulebooks.parse(fiveDWith("{\"monitoringEvery\":\"setiap bulan\"}")))
        .isInstanceOfSatisfying(RulebookValidationException.class, e -> {
          assertThat(e.problems()).extracting(RulebookProblem::path).containsExactly("$.sustainability.monitoringEvery");
          assertThat(e.getMessage(Locale.forLanguageTag("id"))).contains("setiap bulan");
        });
    assertThatThrownBy(() -> Rulebooks.parse(fiveDWith("{\"atRiskAfterDays\":200,\"lapsedAfterDays\":100}")))
        .isInstanceOfSatisfying(RulebookValidationException.class, e -> assertThat(e.problems())
            .extracting(RulebookProblem::path).containsExactly("$.sustainability.lapsedAfterDays"));
    assertThatThrownBy(() -> Rulebooks.parse(fiveDWith("{\"monitoringEvery\":\"P2Y\"}")))
        .isInstanceOfSatisfying(RulebookValidationException.class, e -> assertThat(e.problems())
            .extracting(RulebookProblem::path).containsExactly("$.sustainability.monitoringEvery"));
    assertThatThrownBy(() -> Rulebooks.parse(fiveDWith("{\"reminder\":true}")))
        .isInstanceOfSatisfying(RulebookValidationException.class, e -> assertThat(e.problems())
            .extracting(RulebookProblem::code).containsExactly("UNKNOWN_PROPERTY"));
  }
}
