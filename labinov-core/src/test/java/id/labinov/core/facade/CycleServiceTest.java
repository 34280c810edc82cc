package id.labinov.core.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.cycle.CarriedOverPreflight;
import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.CompetitionEntry;
import id.labinov.core.cycle.CycleRefusedException;
import id.labinov.core.cycle.DevelopmentChange;
import id.labinov.core.cycle.EligibilityCode;
import id.labinov.core.cycle.EligibilityVerdict;
import id.labinov.core.cycle.EntryGroup;
import id.labinov.core.cycle.EntryResult;
import id.labinov.core.cycle.LegalBasisState;
import id.labinov.core.cycle.SustainabilityStatus;
import id.labinov.core.cycle.WatchState;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.memory.InMemoryCycleStore;
import id.labinov.core.memory.InMemoryEvaluationStore;
import id.labinov.core.memory.InMemoryEvidenceRegisterStore;
import id.labinov.core.model.InnovationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The yearly cycle through the facade: entries and their limit, versions, eligibility, the watch, carry-over. */
class CycleServiceTest {
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private LabFixture fx;
  private Labinov lab;
  private InMemoryCycleStore cycle;

  @BeforeEach
  void lab() {
    cycle = new InMemoryCycleStore();
    fx = LabFixture.create(b -> b.cycleStore(cycle).evaluationStore(new InMemoryEvaluationStore())
        .evidenceRegisterStore(new InMemoryEvidenceRegisterStore()));
    lab = fx.lab;
  }

  private LocalDate today() {
    return fx.clock.instant().atZone(WIB).toLocalDate();
  }

  private LocalDate displayedOn(InnovationRef ref) {
    return fx.state(ref).visits().get(fx.state(ref).visits().size() - 1).enteredAt().atZone(WIB).toLocalDate();
  }

  private void advanceTo(int year, int month, int day) {
    fx.clock.advance(java.time.Duration.between(fx.clock.instant(),
        LocalDate.of(year, month, day).atTime(9, 0).atZone(WIB).toInstant()));
  }

  @Test
  void anEntryAndItsResultAreOneEntryWithTheLatestResult() {
    InnovationRef ref = fx.inDisplay();
    lab.cycle().recordEntry(LabFixture.HEAD, ref, Competition.IGA, 2024, EntryGroup.GENERAL, EntryResult.ENTERED, null);
    lab.cycle().recordEntry(LabFixture.ADMIN, ref, Competition.IGA, 2024, EntryGroup.GENERAL, EntryResult.NOMINEE,
        "Masuk nominasi IGA 2024");

    List<CompetitionEntry> entries = lab.cycle().entries(LabFixture.INNOVATOR, ref);
    assertThat(entries).singleElement().satisfies(e -> {
      assertThat(e.result()).isEqualTo(EntryResult.NOMINEE);
      assertThat(e.note()).isEqualTo("Masuk nominasi IGA 2024");
      assertThat(e.recordedBy()).isEqualTo(LabFixture.ADMIN.personId());
    });
    assertThat(lab.cycle().entryLog(LabFixture.INNOVATOR, ref)).extracting(CompetitionEntry::sequence)
        .containsExactly(1L, 2L);
  }

  @Test
  void aThirdIgaYearIsRefusedButResultsOfTheTwoStillUpdate() {
    InnovationRef ref = fx.inDisplay();
    lab.cycle().recordEntry(LabFixture.HEAD, ref, Competition.IGA, 2024, EntryGroup.GENERAL, EntryResult.ENTERED, null);
    lab.cycle().recordEntry(LabFixture.HEAD, ref, Competition.IGA, 2025, EntryGroup.GENERAL, EntryResult.ENTERED, null);

    assertThatThrownBy(() -> lab.cycle().recordEntry(LabFixture.HEAD, ref, Competition.IGA, 2026, EntryGroup.GENERAL,
        EntryResult.ENTERED, null)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("ENTRY_LIMIT_REACHED");
          assertThat(e.getMessage(Messages.INDONESIAN)).isEqualTo(
              "Inovasi ini sudah diikutkan IGA pada tahun 2024, 2025; batasnya 2 kali, sehingga keikutsertaan tahun 2026"
                  + " tidak dapat dicatat.");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("the limit is 2 times");
        });
    lab.cycle().recordEntry(LabFixture.HEAD, ref, Competition.IGA, 2025, EntryGroup.GENERAL, EntryResult.WINNER, null);
    lab.cycle().recordEntry(LabFixture.HEAD, ref, Competition.KIPP, 2026, EntryGroup.GENERAL, EntryResult.ENTERED, null);
    assertThat(lab.cycle().entries(LabFixture.HEAD, ref)).extracting(e -> e.competition() + " " + e.year() + " " + e.result())
        .containsExactly("IGA 2024 ENTERED", "IGA 2025 WINNER", "KIPP 2026 ENTERED");
  }

  @Test
  void anotherUnitsHeadAndAnotherRegionMayNotRecordAndNothingIsWritten() {
    InnovationRef ref = fx.inDisplay();
    assertThatThrownBy(() -> lab.cycle().recordEntry(LabFixture.OTHER_HEAD, ref, Competition.IGA, 2024,
        EntryGroup.GENERAL, EntryResult.ENTERED, null)).isInstanceOfSatisfying(CycleRefusedException.class, e -> {
          assertThat(e.code()).isEqualTo("CYCLE_REFUSED");
          assertThat(e.verdict().codes()).containsExactly("NOT_OWN_OPD");
          assertThat(e.getMessage(Messages.INDONESIAN)).contains("Catat keikutsertaan kompetisi");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("Record a competition entry");
        });
    assertThatThrownBy(() -> lab.cycle().recordVersion(LabFixture.ADMIN.in(LabFixture.TANGERANG), ref, 2024, "x",
        EnumSet.of(DevelopmentChange.SCOPE))).isInstanceOfSatisfying(CycleRefusedException.class,
            e -> assertThat(e.verdict().codes()).containsExactly("OUTSIDE_SCOPE"));
    assertThat(cycle.entries(ref)).isEmpty();
    assertThat(cycle.versions(ref)).isEmpty();
  }

  @Test
  void versionsAreOnePerYearFromTheDisplayYearToThisYear() {
    InnovationRef early = fx.inDeliver();
    assertThatThrownBy(() -> lab.cycle().recordVersion(LabFixture.HEAD, early, 2024, "Perluasan",
        EnumSet.of(DevelopmentChange.SCOPE))).isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("NOT_DISPLAYED"));
    InnovationRef ref = fx.inDisplay();
    int shown = displayedOn(ref).getYear();
    advanceTo(shown + 1, 6, 1);
    var v = lab.cycle().recordVersion(LabFixture.INNOVATOR, ref, shown + 1, "Pendaftaran lewat aplikasi daring",
        EnumSet.of(DevelopmentChange.DIGITALISATION, DevelopmentChange.BENEFICIARIES));
    assertThat(v.number()).isEqualTo(2);
    assertThatThrownBy(() -> lab.cycle().recordVersion(LabFixture.HEAD, ref, shown + 1, "Lagi",
        EnumSet.of(DevelopmentChange.OTHER))).isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("VERSION_YEAR_EXISTS");
          assertThat(e.getMessage(Messages.INDONESIAN)).contains("sudah tercatat sebagai versi 2");
        });
    assertThatThrownBy(() -> lab.cycle().recordVersion(LabFixture.HEAD, ref, shown + 2, "Nanti",
        EnumSet.of(DevelopmentChange.OTHER))).isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("VERSION_YEAR_OUT_OF_RANGE"));
    assertThatThrownBy(() -> lab.cycle().recordVersion(LabFixture.HEAD, ref, shown - 1, "Dulu",
        EnumSet.of(DevelopmentChange.OTHER))).isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("VERSION_YEAR_OUT_OF_RANGE"));
    assertThat(lab.cycle().versions(LabFixture.COACH, ref)).containsExactly(v);
  }

  @Test
  void theRegionsEligibilityListsDisplayedInnovationsWithReasonsAndFixes() {
    InnovationRef entered = fx.inDisplay();
    InnovationRef fresh = fx.inDisplay();
    fx.proposed();
    int shown = displayedOn(entered).getYear();
    lab.cycle().recordEntry(LabFixture.HEAD, entered, Competition.IGA, shown, EntryGroup.GENERAL, EntryResult.ENTERED,
        null);

    List<EligibilityVerdict> verdicts = lab.cycle().eligibility(LabFixture.REGIONAL_HEAD, LabFixture.LEBAK,
        Competition.IGA, shown + 1);

    assertThat(verdicts).extracting(v -> v.ref()).containsExactlyInAnyOrder(entered, fresh);
    EligibilityVerdict onceEntered = verdicts.stream().filter(v -> v.ref().equals(entered)).findFirst().orElseThrow();
    assertThat(onceEntered.eligible()).isFalse();
    assertThat(onceEntered.reasons()).singleElement().satisfies(r -> {
      assertThat(r.code()).isEqualTo(EligibilityCode.NO_DEVELOPMENT_SINCE_ENTRY);
      assertThat(r.fixBy()).contains(LocalDate.of(shown + 1, 8, 31));
      assertThat(r.message(Messages.INDONESIAN)).isEqualTo("Inovasi ini terakhir diikutkan tahun " + shown
          + " dan belum tercatat dikembangkan sesudahnya. (aturan ini belum terverifikasi)");
      assertThat(r.fix(Locale.ENGLISH)).isEqualTo("Record a development of the innovation in " + (shown + 1)
          + " by 31 August " + (shown + 1) + ".");
    });
    assertThat(verdicts.stream().filter(v -> v.ref().equals(fresh)).findFirst().orElseThrow().eligible()).isTrue();

    advanceTo(shown + 1, 3, 1);
    lab.cycle().recordVersion(LabFixture.HEAD, entered, shown + 1, "Layanan diperluas ke semua puskesmas",
        EnumSet.of(DevelopmentChange.SCOPE));
    assertThat(lab.cycle().eligibility(LabFixture.HEAD, entered, Competition.IGA, shown + 1).eligible()).isTrue();
  }

  @Test
  void theWatchGoesAtRiskThenLapsedAndBackToWatchedWhenMonitoringResumes() {
    InnovationRef ref = fx.inDisplay();
    LocalDate shown = displayedOn(ref);
    LocalDate due = shown.plusMonths(3);
    fx.clock.advanceDays(java.time.temporal.ChronoUnit.DAYS.between(today(), due.plusDays(30)));
    assertThat(status(ref).watch().state()).isEqualTo(WatchState.WATCHED);
    assertThat(status(ref).watch().overdueDays()).isEqualTo(30);
    fx.clock.advanceDays(1);
    assertThat(status(ref).watch().state()).isEqualTo(WatchState.AT_RISK);
    fx.clock.advanceDays(150);
    assertThat(status(ref).watch().state()).isEqualTo(WatchState.LAPSED);
    assertThat(status(ref).watch().overdueDays()).isEqualTo(181);

    lab.evaluations().recordMonitoring(ref, LabFixture.HEAD, "beneficiaries", new BigDecimal("1250"), today(), null);

    SustainabilityStatus back = status(ref);
    assertThat(back.watch().state()).isEqualTo(WatchState.WATCHED);
    assertThat(back.watch().lastEntry()).contains(today());
    assertThat(back.watch().nextDue()).isEqualTo(today().plusMonths(3));
    assertThat(back.owner()).isEqualTo(LabFixture.INNOVATOR.personId());
    assertThat(back.coming()).extracting(EligibilityVerdict::competition)
        .containsExactly(Competition.IGA, Competition.KIPP);
  }

  @Test
  void theLegalBasisIsFlaggedWhenMissingOrExpired() {
    InnovationRef ref = fx.inDisplay();
    assertThat(status(ref).legalBasis().state()).isEqualTo(LegalBasisState.MISSING);
    assertThat(status(ref).flagged()).isTrue();
    LocalDate today = today();
    lab.iid().addDocument(LabFixture.ADMIN, EvidenceDocument.builder("sk-inovasi-1", LabFixture.LEBAK,
            DocumentKind.DECREE, today.minusYears(2))
        .number("800/12/2022").subject("Penetapan inovasi").issuer("Kepala Dinas Kesehatan", IssuerLevel.OPD_HEAD)
        .valid(null, today.minusDays(1)).backs(Set.of(ref.id()), Set.of("REGULATION")).build());
    assertThat(status(ref).legalBasis().state()).isEqualTo(LegalBasisState.EXPIRED);
    lab.iid().addDocument(LabFixture.ADMIN, EvidenceDocument.builder("perbup-7", LabFixture.LEBAK,
            DocumentKind.PERKADA, today.minusDays(10))
        .number("7 Tahun 2024").subject("Inovasi daerah").issuer("Bupati Lebak", IssuerLevel.REGIONAL_HEAD)
        .backs(Set.of(ref.id()), Set.of("REGULATION")).build());
    assertThat(status(ref).legalBasis()).satisfies(b -> {
      assertThat(b.state()).isEqualTo(LegalBasisState.VALID);
      assertThat(b.documentId()).contains("perbup-7");
      assertThat(b.kind()).contains(DocumentKind.PERKADA);
    });
  }

  @Test
  void lastYearsClaimsAreCarriedOverUntilConfirmed() {
    InnovationRef ref = fx.inDisplay();
    int shown = displayedOn(ref).getYear();
    advanceTo(shown + 1, 2, 1);
    lab.iid().addDocument(LabFixture.ADMIN, EvidenceDocument.builder("sk-tim", LabFixture.LEBAK, DocumentKind.DECREE,
            LocalDate.of(shown, 5, 2))
        .subject("Tim inovasi").issuer("Kepala Dinas Kesehatan", IssuerLevel.OPD_HEAD)
        .backs(Set.of(ref.id()), Set.of("REGULATION")).build());
    lab.iid().putClaim(LabFixture.HEAD, new IndicatorClaim(LabFixture.LEBAK, Optional.of(ref.id()), shown,
        "REGULATION", 1, List.of("sk-tim"), Optional.empty()), 0);

    CarriedOverPreflight before = lab.cycle().preflight(LabFixture.HEAD, ref, shown + 1);
    assertThat(before.carriedOver()).isEmpty();
    assertThat(before.report().results()).isEmpty();

    lab.cycle().recordVersion(LabFixture.HEAD, ref, shown + 1, "Aplikasi pendaftaran", EnumSet.of(DevelopmentChange.DIGITALISATION));
    CarriedOverPreflight carried = lab.cycle().preflight(LabFixture.HEAD, ref, shown + 1);
    assertThat(carried.carriedOver()).containsExactly("REGULATION");
    assertThat(carried.report().results()).singleElement().satisfies(r -> {
      assertThat(r.claim().year()).isEqualTo(shown + 1);
      assertThat(r.claim().documentIds()).containsExactly("sk-tim");
      assertThat(r.supportedLevel()).isEqualTo(1);
    });

    lab.cycle().confirmCarriedOver(LabFixture.HEAD, ref, shown + 1, "REGULATION");
    CarriedOverPreflight confirmed = lab.cycle().preflight(LabFixture.HEAD, ref, shown + 1);
    assertThat(confirmed.carriedOver()).isEmpty();
    assertThat(confirmed.report().results()).hasSize(1);
    assertThatThrownBy(() -> lab.cycle().confirmCarriedOver(LabFixture.HEAD, ref, shown + 1, "REGULATION"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("NOT_CARRIED_OVER"));
  }

  @Test
  void withoutACycleStoreEveryCallNamesTheSetting() {
    LabFixture plain = LabFixture.create();
    InnovationRef ref = plain.inDisplay();
    assertThatThrownBy(() -> plain.lab.cycle().entries(LabFixture.HEAD, ref))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("MISSING_SETTING");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("cycleStore(");
        });
    assertThatThrownBy(() -> plain.lab.cycle().entries(LabFixture.HEAD,
        new InnovationRef(LabFixture.LEBAK, InnovationId.parse("0190a6f0-8c3e-7a1b-9c2d-3e4f5a6b7c8d"))))
        .isInstanceOf(InvalidValueException.class);
  }

  private SustainabilityStatus status(InnovationRef ref) {
    return lab.cycle().sustainability(LabFixture.COACH, LabFixture.LEBAK).stream().filter(s -> s.ref().equals(ref))
        .findFirst().orElseThrow();
  }
}
