package id.labinov.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.EvaluationSchemeValidationException;
import id.labinov.core.evaluation.RatingBands;
import id.labinov.core.evaluation.RegionalIndexEstimate;
import id.labinov.core.evaluation.SchemeProblem;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.rules.SustainabilitySettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cycle's rules as data and its pure functions, by example. */
class CycleRulesTest {
  private static final InnovationRef REF = new InnovationRef(RegionCode.parse("36.02"), new InnovationId(new UUID(1, 1)));

  @Test
  void theShippedRulesMarkWhatIsUnverified() {
    CompetitionRules iga = EligibilityRules.shipped().forYear(Competition.IGA, 2026);
    assertThat(iga.windowYears()).hasValue(3);
    assertThat(iga.maxEntries()).hasValue(2);
    assertThat(iga.reentryNeedsDevelopment()).isTrue();
    assertThat(iga.verified("maxEntries")).isTrue();
    assertThat(iga.verified("reentryNeedsDevelopment")).isFalse();
    assertThat(iga.deadline(2026)).isEqualTo(LocalDate.of(2026, 8, 31));
    CompetitionRules kipp2021 = EligibilityRules.shipped().forYear(Competition.KIPP, 2021);
    assertThat(kipp2021.minAge(EntryGroup.REPLICATION)).hasValue(1);
    assertThat(kipp2021.minAge(EntryGroup.GENERAL)).hasValue(2);
    assertThat(EligibilityRules.shipped().forYear(Competition.KIPP, 2030).minAge(EntryGroup.REPLICATION)).hasValue(2);
    assertThat(EligibilityRules.shipped().find(Competition.KIPP, 2017)).isEmpty();
    assertThatThrownBy(() -> EligibilityRules.shipped().forYear(Competition.IGA, 2020))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("NO_ELIGIBILITY_RULES");
          assertThat(e.getMessage(Messages.INDONESIAN)).isEqualTo(
              "Belum ada aturan kelayakan IGA untuk tahun 2020; aturan IGA yang tersedia berlaku mulai tahun 2023. Aturan"
                  + " tahun lain dimuat oleh pengelola sistem (EligibilityRules).");
        });
  }

  @Test
  void aRulesDocumentWithMistakesNamesEachOneByPath() {
    String json = "{\"format\":\"labinov-competition-eligibility/1\",\"rules\":[{\"competition\":\"OSCAR\","
        + "\"fromYear\":2026,\"entryDeadline\":\"02-30\",\"source\":\"x\",\"maxEntries\":0,"
        + "\"unverified\":[\"deadline\"]},{\"competition\":\"IGA\",\"fromYear\":2026,\"entryDeadline\":\"13-01\","
        + "\"source\":\"y\",\"colour\":\"red\"}]}";
    assertThatThrownBy(() -> EligibilityRules.read("aturan.json", json))
        .isInstanceOfSatisfying(EvaluationSchemeValidationException.class, e -> assertThat(e.problems())
            .extracting(SchemeProblem::path).containsExactlyInAnyOrder("$.rules[0].competition",
                "$.rules[0].entryDeadline", "$.rules[0].maxEntries", "$.rules[0].unverified[0]",
                "$.rules[1].colour", "$.rules[1].entryDeadline"));
    EligibilityRules own = EligibilityRules.read("own.json", "{\"format\":\"labinov-competition-eligibility/1\","
        + "\"rules\":[{\"competition\":\"IGA\",\"fromYear\":2027,\"maxEntries\":3,\"entryDeadline\":\"06-30\","
        + "\"source\":\"Juknis IGA 2027\"}]}");
    assertThat(own.forYear(Competition.IGA, 2028).maxEntries()).hasValue(3);
    assertThat(own.forYear(Competition.IGA, 2028).windowYears()).isEmpty();
  }

  @Test
  void reasonsReadAsSentencesWithDatesAndLabels() {
    CompetitionEntry top = new CompetitionEntry(REF, Competition.KIPP, 2023, EntryGroup.GENERAL, EntryResult.TOP_45,
        null, PersonId.of("admin"), Instant.EPOCH, 1);
    EligibilityFacts young = new EligibilityFacts(REF, "Si-Cepat", EntryGroup.GENERAL,
        Optional.of(LocalDate.of(2025, 1, 10)), false, List.of(top), List.of());
    EligibilityVerdict v = Eligibility.decide(EligibilityRules.shipped().forYear(Competition.KIPP, 2026), 2026, young);
    assertThat(v.reasons()).extracting(EligibilityReason::code)
        .containsExactly(EligibilityCode.TOO_YOUNG, EligibilityCode.EARLIER_TOP_TIER);
    assertThat(v.reasons().get(0).message(Messages.INDONESIAN)).isEqualTo("Umur inovasi belum 2 tahun: diterapkan sejak"
        + " 10 Januari 2025, baru cukup umur pada 10 Januari 2027. (aturan ini belum terverifikasi)");
    assertThat(v.reasons().get(0).fix(Locale.ENGLISH)).isEqualTo("Wait until it is old enough: it may enter from 2027.");
    assertThat(v.reasons().get(1).message(Locale.ENGLISH)).isEqualTo("The innovation already reached Top 45 in 2023.");
    assertThat(v.fixable()).isFalse();
  }

  @Test
  void theWatchCountsFromTheDisplayAndFromTheLastEntry() {
    SustainabilitySettings s = SustainabilitySettings.DEFAULT;
    LocalDate shown = LocalDate.of(2019, 12, 10);
    WatchAssessment none = SustainabilityWatch.assess(s, shown, List.of(), LocalDate.of(2020, 3, 10));
    assertThat(none.nextDue()).isEqualTo(LocalDate.of(2020, 3, 10));
    assertThat(none.state()).isEqualTo(WatchState.WATCHED);
    WatchAssessment late = SustainabilityWatch.assess(s, shown,
        List.of(LocalDate.of(2020, 3, 1), LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1)), LocalDate.of(2020, 8, 1));
    assertThat(late.lastEntry()).contains(LocalDate.of(2020, 3, 1));
    assertThat(late.entryDays()).isEqualTo(1);
    assertThat(late.nextDue()).isEqualTo(LocalDate.of(2020, 6, 1));
    assertThat(late.overdueDays()).isEqualTo(61);
    assertThat(late.state()).isEqualTo(WatchState.AT_RISK);
    assertThatThrownBy(() -> new SustainabilitySettings(Period.ofMonths(3), 200, 100))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("lapsedAfterDays"));
    assertThatThrownBy(() -> new SustainabilitySettings(Period.ZERO, 30, 180))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("monitoringEvery"));
  }

  @Test
  void aWeakEntryLowersTheIndexOnceTenAreSent() {
    List<SubmissionCandidate> candidates = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      candidates.add(new SubmissionCandidate(new InnovationId(new UUID(0, i + 1)), "Kuat " + i, BigDecimal.valueOf(80),
          true));
    }
    InnovationId weak = new InnovationId(new UUID(0, 99));
    InnovationId strong = new InnovationId(new UUID(0, 98));
    candidates.add(new SubmissionCandidate(weak, "Lemah", BigDecimal.valueOf(20), false));
    candidates.add(new SubmissionCandidate(strong, "Unggul", BigDecimal.valueOf(100), false));
    SubmissionWhatIf w = SubmissionWhatIf.analyse(2026, candidates, BigDecimal.valueOf(111), BigDecimal.valueOf(40),
        BigDecimal.valueOf(60), RatingBands.forYear(2025));
    // now: (40 + 60 + 800/10) / 250 x 100 = 72.00
    assertThat(w.current().index()).isEqualByComparingTo("72.00");
    SubmissionChoice first = w.choices().get(0);
    assertThat(first.innovation()).isEqualTo(strong);
    // with the strong one: (100 + 900/11) / 250 x 100 = 72.73
    assertThat(first.after().index()).isEqualByComparingTo("72.73");
    assertThat(first.change()).isEqualByComparingTo("0.73");
    SubmissionChoice addWeak = w.choices().stream().filter(c -> c.innovation().equals(weak)).findFirst().orElseThrow();
    // with the weak one: (100 + 820/11) / 250 x 100 = 69.82, below today's 72.00
    assertThat(addWeak.after().index()).isEqualByComparingTo("69.82");
    assertThat(addWeak.kind()).isEqualTo(SubmissionChoice.Kind.ADD);
    assertThat(addWeak.kind().label(Messages.INDONESIAN)).isEqualTo("Kirimkan");
    SubmissionChoice last = w.choices().get(w.choices().size() - 1);
    // without one of the ten: the divisor stays 10, (100 + 720/10) / 250 x 100 = 68.80
    assertThat(last.kind()).isEqualTo(SubmissionChoice.Kind.REMOVE);
    assertThat(last.after().index()).isEqualByComparingTo("68.80");
    assertThat(w.choices().indexOf(addWeak)).isEqualTo(1);
    RegionalIndexEstimate both = SubmissionWhatIf.estimate(2026, candidates, Set.of(weak, strong), Set.of(),
        BigDecimal.valueOf(111), BigDecimal.valueOf(40), BigDecimal.valueOf(60), RatingBands.forYear(2025));
    // (100 + 920/12) / 250 x 100 = 70.67
    assertThat(both.index()).isEqualByComparingTo("70.67");
    assertThatThrownBy(() -> SubmissionWhatIf.estimate(2026, candidates, Set.of(new InnovationId(new UUID(9, 9))),
        Set.of(), BigDecimal.valueOf(111), BigDecimal.ZERO, BigDecimal.ZERO, RatingBands.forYear(2025)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("NOT_A_CANDIDATE"));
  }
}
