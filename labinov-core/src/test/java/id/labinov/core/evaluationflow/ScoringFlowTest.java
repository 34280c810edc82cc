package id.labinov.core.evaluationflow;

import static id.labinov.core.evaluationflow.EvaluationFlow.EVAL_BAPPEDA;
import static id.labinov.core.evaluationflow.EvaluationFlow.EVAL_DISDIK;
import static id.labinov.core.evaluationflow.EvaluationFlow.EVAL_DISHUB;
import static id.labinov.core.evaluationflow.EvaluationFlow.IGA;
import static id.labinov.core.evaluationflow.EvaluationFlow.accepted;
import static id.labinov.core.evaluationflow.EvaluationFlow.iga;
import static id.labinov.core.evaluationflow.EvaluationFlow.igaAll;
import static id.labinov.core.evaluationflow.EvaluationFlow.refusedWith;
import static id.labinov.core.evaluationflow.EvaluationFlow.says;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.engine.Options;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.EvaluationDecision;
import id.labinov.core.evaluation.EvaluationResult;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.facade.LabFixture;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.Actor;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Scoring an innovation at the innovation week through the facade, and every refusal. */
class ScoringFlowTest {
  private static final int ROUND = 2024;

  private EvaluationFlow.Setup s;
  private Labinov lab;
  private InnovationRef ref;

  @BeforeEach
  void displayedInnovation() {
    s = EvaluationFlow.setup();
    lab = s.lab();
    ref = s.fx().inDisplay();
  }

  private List<ScoreEntry> stream() {
    return s.evaluations().scores(ref, IGA);
  }

  @Nested
  class ThreeEvaluatorsFromOtherOpds {
    @Test
    void areAcceptedIntoTheEvaluationStreamAndLeaveTheInnovationAlone() {
      List<InnovationEvent> historyBefore = lab.innovations().history(ref);
      long versionBefore = s.fx().version(ref);

      EvaluationDecision<ScoreEntry> d1 = accepted(lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, iga("80", "75", "70", "85", "90")));
      accepted(lab.evaluations().submitScores(ref, EVAL_BAPPEDA, IGA, ROUND, iga("67.5", "82", "64", "71", "88")));
      accepted(lab.evaluations().submitScores(ref, EVAL_DISDIK, IGA, ROUND, iga("91", "69", "77", "60", "73.15")));

      ScoreEntry first = d1.findEntry().orElseThrow();
      assertThat(first.ref()).isEqualTo(ref);
      assertThat(first.schemeId()).isEqualTo(IGA);
      assertThat(first.schemeVersion()).isEqualTo(1);
      assertThat(first.round()).isEqualTo(ROUND);
      assertThat(first.evaluator()).isEqualTo(EVAL_DISHUB.personId());
      assertThat(first.sequence()).isEqualTo(1);
      assertThat(first.recordedAt()).isEqualTo(s.fx().clock.instant());
      says(d1.verdict(), "Action \"Submit scores\" is allowed.", "Tindakan \"Beri nilai\" diizinkan.");

      assertThat(stream()).extracting(ScoreEntry::sequence).containsExactly(1L, 2L, 3L);
      assertThat(stream()).extracting(ScoreEntry::evaluator)
          .containsExactly(EVAL_DISHUB.personId(), EVAL_BAPPEDA.personId(), EVAL_DISDIK.personId());
      assertThat(stream().get(0)).isEqualTo(first);

      // evaluators never touch the innovation's stream
      assertThat(lab.innovations().history(ref)).isEqualTo(historyBefore);
      assertThat(s.fx().version(ref)).isEqualTo(versionBefore);
      assertThat(s.fx().state(ref).stage()).isEqualTo("DISPLAY");
    }

    @Test
    void evaluationResultIsTheWeightedMeanAtScaleTwoRoundedHalfUp() {
      lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, iga("80", "75", "70", "85", "90"));
      lab.evaluations().submitScores(ref, EVAL_BAPPEDA, IGA, ROUND, iga("67.5", "82", "64", "71", "88"));
      lab.evaluations().submitScores(ref, EVAL_DISDIK, IGA, ROUND, iga("91", "69", "77", "60", "73.15"));

      // by hand, weights 0.30 / 0.25 / 0.15 / 0.20 / 0.10:
      // 24 + 18.75 + 10.5 + 17 + 9 = 79.25
      // 20.25 + 20.5 + 9.6 + 14.2 + 8.8 = 73.35
      // 27.3 + 17.25 + 11.55 + 12 + 7.315 = 75.415
      // (79.25 + 73.35 + 75.415) / 3 = 228.015 / 3 = 76.005 -> 76.01 half up (half even would give 76.00)
      EvaluationResult r = lab.evaluations().result(ref, IGA, ROUND).orElseThrow();
      assertThat(r.score()).isEqualTo(new BigDecimal("76.01"));
      assertThat(r.score().scale()).isEqualTo(2);
      assertThat(r.evaluatorCount()).isEqualTo(3);
      assertThat(r.trimmed()).isFalse();
      assertThat(r.category().code()).isEqualTo("BAIK");
      assertThat(r.perCriterion()).containsExactly(
          Map.entry("NOVELTY", new BigDecimal("79.50")),
          Map.entry("BENEFIT", new BigDecimal("75.33")),
          Map.entry("AUTHORITY_COLLABORATION", new BigDecimal("70.33")),
          Map.entry("REPLICABILITY", new BigDecimal("72.00")),
          Map.entry("MASTERY", new BigDecimal("83.72")));

      BigDecimal[] weights = {new BigDecimal("0.30"), new BigDecimal("0.25"), new BigDecimal("0.15"),
          new BigDecimal("0.20"), new BigDecimal("0.10")};
      String[][] sheets = {{"80", "75", "70", "85", "90"}, {"67.5", "82", "64", "71", "88"},
          {"91", "69", "77", "60", "73.15"}};
      BigDecimal total = BigDecimal.ZERO;
      for (String[] sheet : sheets) {
        for (int i = 0; i < weights.length; i++) {
          total = total.add(weights[i].multiply(new BigDecimal(sheet[i])));
        }
      }
      assertThat(r.score()).isEqualTo(total.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP));
    }

    @Test
    void evaluationResultIsEmptyForARoundNobodyScoredAndForAnotherScheme() {
      lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, igaAll("80"));

      assertThat(lab.evaluations().result(ref, IGA, ROUND + 1)).isEmpty();
      assertThat(lab.evaluations().result(ref, "kipp-criteria", ROUND)).isEmpty();
      assertThat(lab.evaluations().result(ref, IGA, ROUND).orElseThrow().score()).isEqualTo(new BigDecimal("80.00"));
    }
  }

  @Nested
  class Refusals {
    @Test
    void anActorWithoutTheEvaluatorRoleIsRefused() {
      Actor coach = Actor.of("coach-dishub-9", "DISHUB", Role.COACH).in(id.labinov.core.model.RegionCode.parse("36.02"));

      EvaluationDecision<ScoreEntry> d = lab.evaluations().submitScores(ref, coach, IGA, ROUND, igaAll("80"));

      refusedWith(d, "ROLE_NOT_PERMITTED");
      says(d.verdict(), "Action \"Submit scores\" is refused.", "Tindakan \"Beri nilai\" ditolak.");
      says(d.verdict(), "[must] Only these roles may do this: Evaluator.",
          "[wajib] Hanya peran berikut yang boleh melakukannya: Penilai.");
      assertThat(d.verdict().violations().get(0).ruleType()).isEqualTo("evaluation");
      assertThat(stream()).isEmpty();
    }

    @Test
    void anEvaluatorFromTheInnovationsOwnOpdIsRefused() {
      Actor sameOpd = Actor.of("penilai-dinkes-05", "DINKES", Role.EVALUATOR).in(id.labinov.core.model.RegionCode.parse("36.02"));

      EvaluationDecision<ScoreEntry> d = lab.evaluations().submitScores(ref, sameOpd, IGA, ROUND, igaAll("80"));

      refusedWith(d, "CONFLICT_OF_INTEREST_OPD");
      says(d.verdict(),
          "Conflict of interest: you belong to DINKES, the innovation's own OPD."
              + " Another evaluator must score it.",
          "Konflik kepentingan: Anda berasal dari DINKES, OPD inovasi ini sendiri."
              + " Penilai lain harus menilainya.");
      assertThat(stream()).isEmpty();
    }

    @Test
    void theProposerIsRefusedEvenWithTheEvaluatorRoleAndFromAnotherOpd() {
      // the same person (asn-dinkes-017) later seconded to DISHUB as an evaluator
      Actor proposer = Actor.of("asn-dinkes-017", "DISHUB", Role.EVALUATOR).in(id.labinov.core.model.RegionCode.parse("36.02"));

      EvaluationDecision<ScoreEntry> d = lab.evaluations().submitScores(ref, proposer, IGA, ROUND, igaAll("80"));

      refusedWith(d, "CONFLICT_OF_INTEREST_INNOVATOR");
      says(d.verdict(),
          "Conflict of interest: asn-dinkes-017 is one of the innovation's innovators. Another evaluator must score it.",
          "Konflik kepentingan: asn-dinkes-017 adalah salah satu inovator inovasi ini. Penilai lain harus menilainya.");
      assertThat(stream()).isEmpty();
    }

    @Test
    void someoneWhoAttachedEvidenceIsRefused() {
      Actor helper = Actor.of("asn-bappeda-07", "BAPPEDA", Role.COACH, Role.EVALUATOR).in(id.labinov.core.model.RegionCode.parse("36.02"));
      assertThat(lab.innovations().attachEvidence(ref, helper, LabFixture.evidence("PHOTO", "pameran.jpg"), Options.none())
          .accepted()).isTrue();

      EvaluationDecision<ScoreEntry> d = lab.evaluations().submitScores(ref, helper, IGA, ROUND, igaAll("80"));

      refusedWith(d, "CONFLICT_OF_INTEREST_INNOVATOR");
      says(d.verdict(), "Conflict of interest: asn-bappeda-07 is one of the innovation's innovators.",
          "Konflik kepentingan: asn-bappeda-07 adalah salah satu inovator inovasi ini.");
      assertThat(stream()).isEmpty();
    }

    @Test
    void contributorsAreKnownFromTheStateWithoutReadingTheHistory() {
      Actor helper = Actor.of("asn-bappeda-07", "BAPPEDA", Role.COACH, Role.EVALUATOR).in(id.labinov.core.model.RegionCode.parse("36.02"));
      lab.innovations().attachEvidence(ref, helper, LabFixture.evidence("PHOTO", "pameran.jpg"), Options.none()).orThrow();
      assertThat(s.fx().state(ref).contributors()).containsExactly(helper.personId());
      s.fx().store.resetCounts();

      refusedWith(lab.evaluations().submitScores(ref, helper, IGA, ROUND, igaAll("80")), "CONFLICT_OF_INTEREST_INNOVATOR");
      accepted(lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, igaAll("80")));

      assertThat(s.fx().store.historyReads()).as("histories read to find the innovators").isZero();
    }

    @Test
    void aStateStoredBeforeContributorsWereRecordedFallsBackToTheHistory() {
      Actor helper = Actor.of("asn-bappeda-07", "BAPPEDA", Role.COACH, Role.EVALUATOR).in(id.labinov.core.model.RegionCode.parse("36.02"));
      lab.innovations().attachEvidence(ref, helper, LabFixture.evidence("PHOTO", "pameran.jpg"), Options.none()).orThrow();
      s.fx().store.loadOldStates();
      s.fx().store.resetCounts();

      refusedWith(lab.evaluations().submitScores(ref, helper, IGA, ROUND, igaAll("80")), "CONFLICT_OF_INTEREST_INNOVATOR");

      assertThat(s.fx().store.historyReads()).isPositive();
      assertThat(stream()).isEmpty();
    }

    @Test
    void aListedTeamMemberOfAnotherOpdIsRefused() {
      // credited on the team (a co-innovator from DISHUB) though they never edited anything
      var details = s.fx().state(ref).details().withCoInnovators(
          java.util.List.of(EVAL_DISHUB.personId()));
      lab.innovations().updateDetails(ref, LabFixture.INNOVATOR, details, Options.none()).orThrow();

      refusedWith(lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, igaAll("80")),
          "CONFLICT_OF_INTEREST_INNOVATOR");
      assertThat(stream()).isEmpty();
    }

    @Test
    void someoneWhoEditedTheDetailsIsRefused() {
      Actor editor = Actor.of("asn-disdik-11", "DISDIK", Role.COACH, Role.EVALUATOR).in(id.labinov.core.model.RegionCode.parse("36.02"));
      var details = s.fx().state(ref).details().withText(
          id.labinov.core.model.InnovationDetails.RESULTS, "Dua ribu ibu terdaftar.");
      assertThat(lab.innovations().updateDetails(ref, editor, details, Options.none()).accepted()).isTrue();

      refusedWith(lab.evaluations().submitScores(ref, editor, IGA, ROUND, igaAll("80")), "CONFLICT_OF_INTEREST_INNOVATOR");
      assertThat(stream()).isEmpty();
    }

    @Test
    void aSecondSheetInTheSameRoundIsRefusedAndTheFirstKept() {
      accepted(lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, igaAll("80")));

      EvaluationDecision<ScoreEntry> again = lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, igaAll("95"));

      refusedWith(again, "ALREADY_SCORED");
      says(again.verdict(),
          "You already scored this innovation under scheme iga-presentation-2023 in round 2024;"
              + " scores are never overwritten.",
          "Anda sudah menilai inovasi ini dengan skema iga-presentation-2023 pada putaran 2024;"
              + " nilai tidak pernah ditimpa.");
      assertThat(stream()).hasSize(1);
      assertThat(lab.evaluations().result(ref, IGA, ROUND).orElseThrow().score()).isEqualTo(new BigDecimal("80.00"));
    }

    @Test
    void aNewRoundNextYearIsAcceptedAndBothSheetsAreKept() {
      accepted(lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, igaAll("80")));
      s.fx().clock.advanceDays(365);

      EvaluationDecision<ScoreEntry> next = accepted(lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND + 1, igaAll("95")));

      assertThat(next.findEntry().orElseThrow().sequence()).isEqualTo(2);
      assertThat(stream()).extracting(ScoreEntry::round).containsExactly(ROUND, ROUND + 1);
      assertThat(stream()).extracting(e -> e.scores().get("NOVELTY"))
          .containsExactly(new BigDecimal("80"), new BigDecimal("95"));
      assertThat(lab.evaluations().result(ref, IGA, ROUND).orElseThrow().score()).isEqualTo(new BigDecimal("80.00"));
      assertThat(lab.evaluations().result(ref, IGA, ROUND + 1).orElseThrow().score()).isEqualTo(new BigDecimal("95.00"));
    }

    @Test
    void anUnknownCriterionIsRefused() {
      Map<String, BigDecimal> sheet = new LinkedHashMap<>(igaAll("80"));
      sheet.put("NOVELTI", new BigDecimal("80"));

      EvaluationDecision<ScoreEntry> d = lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, sheet);

      refusedWith(d, "UNKNOWN_CRITERION");
      says(d.verdict(),
          "Criterion NOVELTI is not in scheme iga-presentation-2023@1; its criteria are:"
              + " NOVELTY, BENEFIT, AUTHORITY_COLLABORATION, REPLICABILITY, MASTERY.",
          "Kriteria NOVELTI tidak ada di skema iga-presentation-2023@1; kriteria yang ada:"
              + " NOVELTY, BENEFIT, AUTHORITY_COLLABORATION, REPLICABILITY, MASTERY.");
      assertThat(stream()).isEmpty();
    }

    @Test
    void aMissingMandatoryCriterionIsRefused() {
      Map<String, BigDecimal> sheet = new LinkedHashMap<>(igaAll("80"));
      sheet.remove("MASTERY");

      EvaluationDecision<ScoreEntry> d = lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, sheet);

      refusedWith(d, "CRITERION_MISSING");
      says(d.verdict(),
          "Mandatory criterion MASTERY \"Mastery of the material\" (Penguasaan materi) has not"
              + " been scored: enter its score.",
          "Kriteria wajib MASTERY \"Penguasaan materi\" (Mastery of the material) belum dinilai:"
              + " isikan nilainya.");
      assertThat(stream()).isEmpty();
    }

    @Test
    void aScoreOffTheScaleIsRefused() {
      EvaluationDecision<ScoreEntry> d = lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, iga("100.01", "80", "80", "-1", "80"));

      refusedWith(d, "SCORE_OFF_SCALE", "SCORE_OFF_SCALE");
      says(d.verdict(),
          "The score of criterion NOVELTY \"Novelty\" (Kebaruan) is 100.01; it must be from 0 to 100.",
          "Nilai kriteria NOVELTY \"Kebaruan\" (Novelty) adalah 100.01; nilai harus dari 0 sampai 100.");
      says(d.verdict(),
          "The score of criterion REPLICABILITY \"Replicability and applicability\" (Dapat direplikasi dan diterapkan)"
              + " is -1; it must be from 0 to 100.",
          "Nilai kriteria REPLICABILITY \"Dapat direplikasi dan diterapkan\" (Replicability and applicability)"
              + " adalah -1; nilai harus dari 0 sampai 100.");
      assertThat(stream()).isEmpty();
    }

    @Test
    void theScaleBoundsThemselvesAreAccepted() {
      accepted(lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, iga("0", "100", "0.00", "100.00", "50")));
      assertThat(lab.evaluations().result(ref, IGA, ROUND).orElseThrow().score()).isEqualTo(new BigDecimal("50.00"));
    }

    @Test
    void everyReasonIsListedTogetherInOrder() {
      // the proposer himself: no EVALUATOR role, from DINKES, innovator; and a bad sheet
      Map<String, BigDecimal> sheet = new LinkedHashMap<>();
      sheet.put("NOVELTY", new BigDecimal("101"));
      sheet.put("BENEFIT", new BigDecimal("80"));
      sheet.put("AUTHORITY_COLLABORATION", new BigDecimal("80"));
      sheet.put("REPLICABILITY", new BigDecimal("80"));
      sheet.put("ZEAL", new BigDecimal("80"));

      EvaluationDecision<ScoreEntry> d = lab.evaluations().submitScores(ref, LabFixture.INNOVATOR, IGA, ROUND, sheet);

      refusedWith(d, "ROLE_NOT_PERMITTED", "CONFLICT_OF_INTEREST_OPD", "CONFLICT_OF_INTEREST_INNOVATOR",
          "UNKNOWN_CRITERION", "SCORE_OFF_SCALE", "CRITERION_MISSING");
      String en = d.verdict().describe(Locale.ENGLISH);
      String id = d.verdict().describe(Messages.INDONESIAN);
      assertThat(en.lines()).hasSize(7);
      assertThat(id.lines()).hasSize(7);
      says(d.verdict(), "Only these roles may do this: Evaluator.", "Hanya peran berikut yang boleh melakukannya: Penilai.");
      says(d.verdict(), "you belong to DINKES", "Anda berasal dari DINKES");
      says(d.verdict(), "asn-dinkes-017 is one of the innovation's innovators",
          "asn-dinkes-017 adalah salah satu inovator inovasi ini");
      says(d.verdict(), "Criterion ZEAL is not in scheme", "Kriteria ZEAL tidak ada di skema");
      says(d.verdict(), "NOVELTY \"Novelty\" (Kebaruan) is 101", "NOVELTY \"Kebaruan\" (Novelty) adalah 101");
      says(d.verdict(), "Mandatory criterion MASTERY", "Kriteria wajib MASTERY");
      assertThat(stream()).isEmpty();
    }

    @Test
    void aRepeatedSheetThatAlsoDoesNotFitListsBothReasons() {
      accepted(lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, igaAll("80")));
      Map<String, BigDecimal> sheet = new LinkedHashMap<>(igaAll("80"));
      sheet.remove("BENEFIT");

      refusedWith(lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, sheet), "ALREADY_SCORED", "CRITERION_MISSING");
      assertThat(stream()).hasSize(1);
    }
  }

  @Nested
  class BadArguments {
    private void invalid(ThrowingCallable call, String code, String field) {
      assertThatThrownBy(call).isInstanceOf(InvalidValueException.class)
          .satisfies(e -> {
            InvalidValueException ive = (InvalidValueException) e;
            assertThat(ive.code()).isEqualTo(code);
            assertThat(ive.field()).isEqualTo(field);
          });
    }

    @Test
    void anUnknownSchemeIsNamedWithTheRegisteredOnes() {
      assertThatThrownBy(() -> lab.evaluations().submitScores(ref, EVAL_DISHUB, "iga-presentation-2099", ROUND, igaAll("80")))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo("UNKNOWN_SCHEME");
            assertThat(e.field()).isEqualTo("schemeId");
            assertThat(e.rejectedValue()).isEqualTo("iga-presentation-2099");
            assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("No evaluation scheme iga-presentation-2099 is"
                + " registered: register it with builder.evaluationScheme(...). Registered: iga-presentation-2023,"
                + " iid-innovation-indicators, kipp-criteria.");
            assertThat(e.getMessage(Messages.INDONESIAN)).isEqualTo("Skema penilaian iga-presentation-2099 belum"
                + " terdaftar: daftarkan dengan builder.evaluationScheme(...). Yang terdaftar: iga-presentation-2023,"
                + " iid-innovation-indicators, kipp-criteria.");
          });
      invalid(() -> lab.evaluations().result(ref, "nope", ROUND), "UNKNOWN_SCHEME", "schemeId");
      invalid(() -> lab.evaluations().scheme("nope"), "UNKNOWN_SCHEME", "schemeId");
      invalid(() -> lab.evaluations().regionalIndex(LabFixture.LEBAK, 2023, "nope", BigDecimal.ONE, BigDecimal.ONE),
          "UNKNOWN_SCHEME", "schemeId");
      assertThat(stream()).isEmpty();
    }

    @Test
    void theShippedSchemesAreRegisteredByDefault() {
      assertThat(lab.evaluations().scheme(IGA).reference()).isEqualTo("iga-presentation-2023@1");
      assertThat(lab.evaluations().scheme("kipp-criteria").reference()).isEqualTo("kipp-criteria@1");
      assertThat(lab.evaluations().scheme(EvaluationFlow.IID).reference()).isEqualTo("iid-innovation-indicators@1");
    }

    @Test
    void aFacadeWithoutEvaluationStoreNamesTheMissingSetting() {
      LabFixture plain = LabFixture.create();
      InnovationRef other = plain.proposed();

      assertThatThrownBy(() -> plain.lab.evaluations().submitScores(other, EVAL_DISHUB, IGA, ROUND, igaAll("80")))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo("MISSING_SETTING");
            assertThat(e.field()).isEqualTo("evaluationStore");
            assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("Evaluations need an evaluation store: set"
                + " builder.evaluationStore(new InMemoryEvaluationStore()) or the JDBC one.");
            assertThat(e.getMessage(Messages.INDONESIAN)).isEqualTo("Penilaian memerlukan penyimpanan penilaian: atur"
                + " builder.evaluationStore(new InMemoryEvaluationStore()) atau yang JDBC.");
          });
      invalid(() -> plain.lab.evaluations().result(other, IGA, ROUND), "MISSING_SETTING", "evaluationStore");
      invalid(() -> plain.lab.evaluations().monitoring(other), "MISSING_SETTING", "evaluationStore");
      invalid(() -> plain.lab.evaluations().recordMonitoring(other, LabFixture.ADMIN, "beneficiaries", BigDecimal.TEN,
          java.time.LocalDate.of(2024, 5, 1), null), "MISSING_SETTING", "evaluationStore");
      invalid(() -> plain.lab.evaluations().regionalIndex(LabFixture.LEBAK, 2023, EvaluationFlow.IID, BigDecimal.ONE, BigDecimal.ONE),
          "MISSING_SETTING", "evaluationStore");
      // the check names the setting, not some failure while scoring: the innovation is untouched
      assertThat(plain.lab.innovations().history(other)).hasSize(1);
    }

    @Test
    void aRoundOutsideTwoThousandToTwentyTwoHundredIsRefused() {
      assertThatThrownBy(() -> lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, 1999, igaAll("80")))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo("INVALID_ROUND");
            assertThat(e.field()).isEqualTo("round");
            assertThat(e.rejectedValue()).isEqualTo("1999");
            assertThat(e.getMessage(Locale.ENGLISH))
                .isEqualTo("Round 1999 is outside 2000-2200: use the year of the evaluation.");
            assertThat(e.getMessage(Messages.INDONESIAN))
                .isEqualTo("Putaran 1999 di luar 2000-2200: gunakan tahun penilaian.");
          });
      invalid(() -> lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, 2201, igaAll("80")), "INVALID_ROUND", "round");
      invalid(() -> lab.evaluations().regionalIndex(LabFixture.LEBAK, 1999, EvaluationFlow.IID, BigDecimal.ONE, BigDecimal.ONE),
          "INVALID_ROUND", "round");
      invalid(() -> lab.evaluations().result(ref, IGA, 1999), "INVALID_ROUND", "round");
      accepted(lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, 2000, igaAll("80")));
      accepted(lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, 2200, igaAll("80")));
      assertThat(stream()).extracting(ScoreEntry::round).containsExactly(2000, 2200);
    }

    @Test
    void nullArgumentsAreNamedNeverANullPointerException() {
      Map<String, BigDecimal> nullValue = new HashMap<>(igaAll("80"));
      nullValue.put("MASTERY", null);
      Map<String, BigDecimal> nullKey = new HashMap<>(igaAll("80"));
      nullKey.put(null, BigDecimal.ONE);

      invalid(() -> lab.evaluations().submitScores(null, EVAL_DISHUB, IGA, ROUND, igaAll("80")), "REQUIRED", "ref");
      invalid(() -> lab.evaluations().submitScores(ref, null, IGA, ROUND, igaAll("80")), "REQUIRED", "evaluator");
      invalid(() -> lab.evaluations().submitScores(ref, EVAL_DISHUB, null, ROUND, igaAll("80")), "REQUIRED", "schemeId");
      invalid(() -> lab.evaluations().submitScores(ref, EVAL_DISHUB, " ", ROUND, igaAll("80")), "REQUIRED", "schemeId");
      invalid(() -> lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, null), "REQUIRED", "scores");
      invalid(() -> lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, nullValue), "REQUIRED", "scores[MASTERY]");
      invalid(() -> lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, nullKey), "REQUIRED", "scores.code");
      invalid(() -> lab.evaluations().result(null, IGA, ROUND), "REQUIRED", "ref");
      invalid(() -> lab.evaluations().result(ref, null, ROUND), "REQUIRED", "schemeId");
      invalid(() -> lab.evaluations().scheme(null), "REQUIRED", "schemeId");
      invalid(() -> lab.evaluations().regionalIndex(null, 2023, EvaluationFlow.IID, BigDecimal.ONE, BigDecimal.ONE),
          "REQUIRED", "region");
      invalid(() -> lab.evaluations().regionalIndex(LabFixture.LEBAK, 2023, null, BigDecimal.ONE, BigDecimal.ONE),
          "REQUIRED", "schemeId");
      invalid(() -> lab.evaluations().regionalIndex(LabFixture.LEBAK, 2023, EvaluationFlow.IID, null, BigDecimal.ONE),
          "REQUIRED", "spdScore");
      invalid(() -> lab.evaluations().regionalIndex(LabFixture.LEBAK, 2023, EvaluationFlow.IID, BigDecimal.ONE, null),
          "REQUIRED", "countScore");
      assertThat(stream()).isEmpty();
      assertThatThrownBy(() -> lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, null))
          .hasMessage("scores is required: pass a value (it was null).");
    }

    @Test
    void anUnknownInnovationIsNotScored() {
      assertThatThrownBy(() -> lab.evaluations().submitScores(LabFixture.unknownRef(), EVAL_DISHUB, IGA, ROUND, igaAll("80")))
          .isInstanceOf(NoSuchInnovationException.class);
      assertThat(s.evaluations().scores(LabFixture.unknownRef(), IGA)).isEmpty();
    }

    @Test
    void anEvaluatorIdIsThePersonNotTheOpd() {
      // two evaluators of the same OPD are two people: both may score
      Actor second = Actor.of("penilai-dishub-02", "DISHUB", Role.EVALUATOR).in(id.labinov.core.model.RegionCode.parse("36.02"));
      accepted(lab.evaluations().submitScores(ref, EVAL_DISHUB, IGA, ROUND, igaAll("70")));
      accepted(lab.evaluations().submitScores(ref, second, IGA, ROUND, igaAll("90")));
      assertThat(stream()).extracting(ScoreEntry::evaluator)
          .containsExactly(PersonId.of("penilai-dishub-01"), PersonId.of("penilai-dishub-02"));
      assertThat(lab.evaluations().result(ref, IGA, ROUND).orElseThrow().score()).isEqualTo(new BigDecimal("80.00"));
    }
  }
}
