package id.labinov.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.model.PersonId;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link EvaluationDecision} is typed: an accepted score sheet carries its {@link ScoreEntry}, an
 * accepted monitoring observation its {@link MonitoringEntry}, a refusal nothing; a verdict that
 * contradicts the variant is refused at construction.
 */
class EvaluationDecisionTest {
  private static final InnovationRef REF = InnovationRef.of("36.02", "018f0000-0000-7000-8000-000000000001");
  private static final Instant AT = Instant.parse("2024-03-04T02:00:00Z");
  private static final Verdict ALLOWED = new Verdict("score", List.of(), List.of());
  private static final Verdict WARNED = new Verdict("score",
      List.of(new Violation("NOTE_MISSING", Severity.SHOULD, "note", "violation.NOTE_MISSING", List.of())), List.of());
  private static final Verdict REFUSED = new Verdict("score",
      List.of(new Violation("ALREADY_SCORED", Severity.MUST, "score", "violation.ALREADY_SCORED", List.of("iga", 2024))),
      List.of());

  private static ScoreEntry score() {
    return new ScoreEntry(new UUID(1, 1), REF, "iga-presentation-2023", 1, 2024, PersonId.of("penilai-01"),
        Map.of("C1", new BigDecimal("80")), AT, 1);
  }

  private static MonitoringEntry monitoring() {
    return new MonitoringEntry(new UUID(2, 2), REF, "beneficiaries", BigDecimal.TEN, LocalDate.of(2024, 5, 1),
        PersonId.of("coach-lan-03"), null, AT, 1);
  }

  /** Reads a decision the way a caller without the static type would: by its variant. */
  private static String describe(EvaluationDecision<?> d) {
    if (d instanceof EvaluationDecision.Accepted<?> a) {
      return "accepted " + a.entry().getClass().getSimpleName();
    }
    return "refused " + d.verdict().codes();
  }

  @Test
  void anAcceptedScoreSheetCarriesItsTypedEntryAndItsWarnings() {
    ScoreEntry entry = score();

    EvaluationDecision<ScoreEntry> d = EvaluationDecision.accepted(WARNED, entry);

    assertThat(d.accepted()).isTrue();
    assertThat(d.findEntry()).contains(entry);
    assertThat(d.findEntry().orElseThrow().round()).isEqualTo(2024);
    assertThat(d.verdict().warnings()).hasSize(1);
    assertThat(describe(d)).isEqualTo("accepted ScoreEntry");
  }

  @Test
  void anAcceptedMonitoringObservationCarriesItsEntry() {
    EvaluationDecision<MonitoringEntry> d = EvaluationDecision.accepted(ALLOWED, monitoring());

    assertThat(d.findEntry().orElseThrow().indicator()).isEqualTo("beneficiaries");
    assertThat(describe(d)).isEqualTo("accepted MonitoringEntry");
  }

  @Test
  void aRefusalCarriesEveryReasonAndNoEntry() {
    EvaluationDecision<ScoreEntry> d = EvaluationDecision.refused(REFUSED);

    assertThat(d.accepted()).isFalse();
    assertThat(d.findEntry()).isEmpty();
    assertThat(d).isEqualTo(new EvaluationDecision.Refused<ScoreEntry>(REFUSED));
    assertThat(describe(d)).isEqualTo("refused [ALREADY_SCORED]");
  }

  @Test
  void aVerdictThatContradictsTheVariantIsRefused() {
    assertThatThrownBy(() -> EvaluationDecision.accepted(REFUSED, score())).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("EvaluationDecision.refused");
    assertThatThrownBy(() -> EvaluationDecision.refused(ALLOWED)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("EvaluationDecision.accepted");
    assertThatThrownBy(() -> EvaluationDecision.accepted(ALLOWED, null)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("entry");
  }
}
