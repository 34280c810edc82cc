package id.labinov.core.evaluationflow;

import static id.labinov.core.evaluationflow.EvaluationFlow.EVAL_DISHUB;
import static id.labinov.core.evaluationflow.EvaluationFlow.accepted;
import static id.labinov.core.evaluationflow.EvaluationFlow.refusedWith;
import static id.labinov.core.evaluationflow.EvaluationFlow.says;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.EvaluationDecision;
import id.labinov.core.evaluation.MonitoringEntry;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.facade.LabFixture;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Monitoring (monev) after DISPLAY through the facade. */
class MonitoringFlowTest {
  private static final LocalDate MAY = LocalDate.of(2024, 5, 1);
  private static final LocalDate JUNE = LocalDate.of(2024, 6, 1);

  private EvaluationFlow.Setup s;
  private Labinov lab;

  @BeforeEach
  void facade() {
    s = EvaluationFlow.setup();
    lab = s.lab();
  }

  @Test
  void isRefusedBeforeDisplay() {
    InnovationRef ref = s.fx().inDeliver();

    EvaluationDecision<MonitoringEntry> d = lab.evaluations().recordMonitoring(ref, LabFixture.COACH, "beneficiaries", new BigDecimal("1000"), MAY,
        null);

    refusedWith(d, "NOT_YET_DISPLAYED");
    says(d.verdict(), "Action \"Record monitoring\" is refused.", "Tindakan \"Catat pemantauan\" ditolak.");
    says(d.verdict(), "[must] Monitoring starts after the Display stage; the innovation is in stage DELIVER.",
        "[wajib] Pemantauan dimulai setelah tahap Display; inovasi berada di tahap DELIVER.");
    assertThat(lab.evaluations().monitoring(ref)).isEmpty();
  }

  @Test
  void isRefusedInTheFirstStage() {
    InnovationRef ref = s.fx().proposed();

    refusedWith(lab.evaluations().recordMonitoring(ref, LabFixture.ADMIN, "beneficiaries", BigDecimal.ONE, MAY, null),
        "NOT_YET_DISPLAYED");
    assertThat(lab.evaluations().monitoring(ref)).isEmpty();
  }

  @Test
  void anotherUnitsHeadIsRefusedAndAnotherRegionsEvaluatorToo() {
    InnovationRef ref = s.fx().inDisplay();

    refusedWith(lab.evaluations().recordMonitoring(ref, LabFixture.OTHER_HEAD, "beneficiaries", BigDecimal.ONE, MAY,
        null), "NOT_OWN_OPD");
    refusedWith(lab.evaluations().recordMonitoring(ref, EVAL_DISHUB.in(LabFixture.TANGERANG), "beneficiaries",
        BigDecimal.ONE, MAY, null), "OUTSIDE_SCOPE");
    accepted(lab.evaluations().recordMonitoring(ref, EVAL_DISHUB, "beneficiaries", BigDecimal.ONE, MAY, null));
    assertThat(lab.evaluations().monitoring(ref)).hasSize(1);
  }

  @Test
  void isAcceptedAfterDisplayAndAppendsWithoutTouchingTheInnovation() {
    InnovationRef ref = s.fx().inDisplay();
    List<InnovationEvent> history = lab.innovations().history(ref);

    EvaluationDecision<MonitoringEntry> d = accepted(lab.evaluations().recordMonitoring(ref, LabFixture.COACH, "beneficiaries",
        new BigDecimal("1000"), MAY, "Data puskesmas"));

    MonitoringEntry e = d.findEntry().orElseThrow();
    assertThat(e.ref()).isEqualTo(ref);
    assertThat(e.indicator()).isEqualTo("beneficiaries");
    assertThat(e.value()).isEqualByComparingTo("1000");
    assertThat(e.observedOn()).isEqualTo(MAY);
    assertThat(e.recordedBy()).isEqualTo(LabFixture.COACH.personId());
    assertThat(e.note()).isEqualTo("Data puskesmas");
    assertThat(e.recordedAt()).isEqualTo(s.fx().clock.instant());
    assertThat(e.sequence()).isEqualTo(1);
    assertThat(lab.evaluations().monitoring(ref)).containsExactly(e);
    says(d.verdict(), "Action \"Record monitoring\" is allowed.", "Tindakan \"Catat pemantauan\" diizinkan.");
    assertThat(lab.innovations().history(ref)).isEqualTo(history);
  }

  @Test
  void entriesAreAppendedNeverOverwritten() {
    InnovationRef ref = s.fx().inDisplay();

    accepted(lab.evaluations().recordMonitoring(ref, LabFixture.COACH, "beneficiaries", new BigDecimal("1000"), MAY, null));
    s.fx().clock.advanceDays(30);
    accepted(lab.evaluations().recordMonitoring(ref, EVAL_DISHUB, "beneficiaries", new BigDecimal("1250"), JUNE, "naik"));
    accepted(lab.evaluations().recordMonitoring(ref, LabFixture.HEAD, "complaints", new BigDecimal("3"), JUNE, null));
    // the same indicator and date again: a correction is a new entry, the old one stays
    accepted(lab.evaluations().recordMonitoring(ref, LabFixture.ADMIN, "beneficiaries", new BigDecimal("1240"), JUNE, "koreksi"));

    List<MonitoringEntry> all = lab.evaluations().monitoring(ref);
    assertThat(all).extracting(MonitoringEntry::sequence).containsExactly(1L, 2L, 3L, 4L);
    assertThat(all).extracting(MonitoringEntry::indicator)
        .containsExactly("beneficiaries", "beneficiaries", "complaints", "beneficiaries");
    assertThat(all).extracting(x -> x.value().toPlainString()).containsExactly("1000", "1250", "3", "1240");
    assertThat(all).extracting(MonitoringEntry::observedOn).containsExactly(MAY, JUNE, JUNE, JUNE);
    assertThat(all.get(0).recordedAt()).isBefore(all.get(1).recordedAt());
    assertThat(all).extracting(MonitoringEntry::entryId).doesNotHaveDuplicates();
  }

  @Test
  void isStillAllowedAfterAReturnFromDisplayForRework() {
    InnovationRef ref = s.fx().inDisplay();
    assertThat(lab.innovations().returnForRework(ref, LabFixture.ADMIN, "DELIVER", "Laporan kurang", Options.none()).accepted())
        .isTrue();

    accepted(lab.evaluations().recordMonitoring(ref, LabFixture.COACH, "beneficiaries", BigDecimal.TEN, MAY, null));
  }

  @Test
  void isRefusedForAnInnovatorOrARegionalHead() {
    InnovationRef ref = s.fx().inDisplay();

    EvaluationDecision<MonitoringEntry> d = lab.evaluations().recordMonitoring(ref, LabFixture.INNOVATOR, "beneficiaries", BigDecimal.TEN, MAY, null);

    refusedWith(d, "ROLE_NOT_PERMITTED");
    says(d.verdict(),
        "Only these roles may do this: Lab administrator, Head of OPD, Coach, Evaluator.",
        "Hanya peran berikut yang boleh melakukannya: Pengelola laboratorium, Kepala OPD,"
            + " Coach (pendamping), Penilai.");
    refusedWith(lab.evaluations().recordMonitoring(ref, LabFixture.REGIONAL_HEAD, "beneficiaries", BigDecimal.TEN, MAY, null),
        "ROLE_NOT_PERMITTED");
    assertThat(lab.evaluations().monitoring(ref)).isEmpty();
  }

  @Test
  void listsBothReasonsForAnInnovatorBeforeDisplay() {
    InnovationRef ref = s.fx().inDesign();

    refusedWith(lab.evaluations().recordMonitoring(ref, LabFixture.INNOVATOR, "beneficiaries", BigDecimal.TEN, MAY, null),
        "ROLE_NOT_PERMITTED", "NOT_YET_DISPLAYED");
    assertThat(lab.evaluations().monitoring(ref)).isEmpty();
  }

  @Test
  void anyMonitoringRoleMayRecord() {
    InnovationRef ref = s.fx().inDisplay();
    Actor multi = Actor.of("staf-bappeda", "BAPPEDA", Role.INNOVATOR, Role.LAB_ADMIN).in(id.labinov.core.model.RegionCode.parse("36.02"));

    accepted(lab.evaluations().recordMonitoring(ref, multi, "beneficiaries", BigDecimal.TEN, MAY, null));
    accepted(lab.evaluations().recordMonitoring(ref, LabFixture.HEAD, "beneficiaries", BigDecimal.TEN, MAY, null));
    assertThat(lab.evaluations().monitoring(ref)).hasSize(2);
  }

  @Test
  void nullOrBlankArgumentsAreNamed() {
    InnovationRef ref = s.fx().inDisplay();
    BigDecimal v = BigDecimal.ONE;
    Actor a = LabFixture.COACH;

    assertRequired(() -> lab.evaluations().recordMonitoring(null, a, "x", v, MAY, null), "ref");
    assertRequired(() -> lab.evaluations().recordMonitoring(ref, null, "x", v, MAY, null), "actor");
    assertRequired(() -> lab.evaluations().recordMonitoring(ref, a, null, v, MAY, null), "indicator");
    assertRequired(() -> lab.evaluations().recordMonitoring(ref, a, "  ", v, MAY, null), "indicator");
    assertRequired(() -> lab.evaluations().recordMonitoring(ref, a, "x", null, MAY, null), "value");
    assertRequired(() -> lab.evaluations().recordMonitoring(ref, a, "x", v, null, null), "observedOn");
    assertRequired(() -> lab.evaluations().monitoring(null), "ref");
    assertThat(lab.evaluations().monitoring(ref)).isEmpty();
  }

  private static void assertRequired(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.code()).isEqualTo("REQUIRED");
      assertThat(e.field()).isEqualTo(field);
    });
  }
}
