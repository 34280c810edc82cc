package id.labinov.core.national;

import static id.labinov.core.programme.LabFixture.ADMIN;
import static id.labinov.core.programme.LabFixture.COACH;
import static id.labinov.core.programme.LabFixture.innovator;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.NationalStage;
import id.labinov.core.programme.LabFixture;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.rules.Rulebooks;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deriving the national stage (tahapan) from the 5D stage reached and the trial and implementation dates. */
class NationalAlignmentTest {
  private static final LocalDate TODAY = LocalDate.of(2019, 6, 15);

  private final LabFixture fx = new LabFixture();
  private final Labinov lab = fx.lab;

  private Optional<NationalStage> stageOf(InnovationRef ref) {
    InnovationState state = lab.innovations().get(ref);
    Optional<NationalStage> fromState = NationalAlignment.stage(state, Rulebooks.fiveD(), TODAY);
    // what a report reads from the query port's groups gives the same stage
    InnovationSummary s = InnovationSummary.of(state);
    assertThat(NationalAlignment.stage(state.visits().stream().map(v -> v.stage()).toList(), Rulebooks.fiveD(),
        s.implementationStartDate() != null && !s.implementationStartDate().isAfter(TODAY),
        s.trialStartDate() != null && !s.trialStartDate().isAfter(TODAY))).as("from the visited stages and dates")
        .isEqualTo(fromState);
    return fromState;
  }

  private InnovationRef in(String stage) {
    return fx.innovationIn(stage, "Posyandu Digital Lebak", "DINKES", null);
  }

  private void setText(InnovationRef ref, String name, String value) {
    InnovationDetails d = lab.innovations().get(ref).details().withText(name, value);
    lab.innovations().updateDetails(ref, innovator("DINKES"), d, Options.none()).orThrow();
  }

  @Nested
  class FromTheStageReached {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "DRUM_UP, ",
        "DIAGNOSE, ",
        "DESIGN, INISIATIF",
        "DELIVER, UJI_COBA",
        "DISPLAY, PENERAPAN"})
    void mapsEach5dStage(String stage, NationalStage expected) {
      InnovationRef ref = in(stage);

      assertThat(stageOf(ref)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void anInnovationReturnedFromDeliverToDesignStaysInUjiCoba() {
      // given
      InnovationRef ref = in("DELIVER");

      // when
      lab.innovations().returnForRework(ref, COACH, "DESIGN", "Rancangan perlu diubah", Options.none()).orThrow();

      // then
      assertThat(lab.innovations().get(ref).stage()).isEqualTo("DESIGN");
      assertThat(stageOf(ref)).contains(NationalStage.UJI_COBA);
    }

    @Test
    void anInnovationReturnedFromDisplayStaysInPenerapan() {
      InnovationRef ref = in("DISPLAY");

      lab.innovations().returnForRework(ref, ADMIN, "DELIVER", "Bukti kurang", Options.none()).orThrow();

      assertThat(stageOf(ref)).contains(NationalStage.PENERAPAN);
    }

    @Test
    void anInnovationReturnedFromDesignToDiagnoseStaysInInisiatif() {
      InnovationRef ref = in("DESIGN");

      lab.innovations().returnForRework(ref, COACH, "DIAGNOSE", "Masalah belum jelas", Options.none()).orThrow();

      assertThat(stageOf(ref)).contains(NationalStage.INISIATIF);
    }

    @Test
    void aDroppedInnovationKeepsTheStageItReached() {
      InnovationRef ref = in("DELIVER");

      lab.innovations().drop(ref, ADMIN, "Dihentikan", Options.none()).orThrow();

      assertThat(stageOf(ref)).contains(NationalStage.UJI_COBA);
    }
  }

  @Nested
  class FromTheDates {
    @ParameterizedTest(name = "{0} {1} in {2} -> {3}")
    @CsvSource({
        "trialStartDate, 2019-06-15, DESIGN, UJI_COBA",
        "trialStartDate, 2019-01-02, DESIGN, UJI_COBA",
        "trialStartDate, 2019-06-16, DESIGN, INISIATIF",
        "trialStartDate, 2019-06-15, DIAGNOSE, UJI_COBA",
        "trialStartDate, 2019-06-16, DIAGNOSE, ",
        "trialStartDate, 2019-06-15, DISPLAY, PENERAPAN",
        "implementationStartDate, 2019-06-15, DESIGN, PENERAPAN",
        "implementationStartDate, 2019-06-14, DELIVER, PENERAPAN",
        "implementationStartDate, 2019-06-16, DELIVER, UJI_COBA",
        "implementationStartDate, 2019-06-15, DRUM_UP, PENERAPAN",
        "implementationStartDate, 2020-01-01, DRUM_UP, "})
    void aDateOnOrBeforeTodayRaisesTheStageAndAFutureOneDoesNot(String field, String date, String stage,
        NationalStage expected) {
      // given
      InnovationRef ref = in(stage);

      // when
      setText(ref, field, date);

      // then
      assertThat(stageOf(ref)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void anImplementationDateWinsOverATrialDate() {
      InnovationRef ref = in("DESIGN");
      setText(ref, InnovationDetails.TRIAL_START_DATE, "2019-03-01");
      setText(ref, InnovationDetails.IMPLEMENTATION_START_DATE, "2019-05-01");

      assertThat(stageOf(ref)).contains(NationalStage.PENERAPAN);
    }

    @Test
    void aDateThatIsNotIsoIsIgnored() {
      InnovationRef ref = in("DESIGN");
      setText(ref, InnovationDetails.TRIAL_START_DATE, "1 Maret 2019");

      assertThat(stageOf(ref)).contains(NationalStage.INISIATIF);
      assertThat(NationalAlignment.date(lab.innovations().get(ref).details(), InnovationDetails.TRIAL_START_DATE)).isEmpty();
    }

    @Test
    void theSameInnovationRisesAsTodayPassesTheDate() {
      // given a trial that starts on 2019-07-01
      InnovationRef ref = in("DESIGN");
      setText(ref, InnovationDetails.TRIAL_START_DATE, "2019-07-01");
      InnovationState s = lab.innovations().get(ref);

      // when / then
      assertThat(NationalAlignment.stage(s, Rulebooks.fiveD(), LocalDate.of(2019, 6, 30))).contains(NationalStage.INISIATIF);
      assertThat(NationalAlignment.stage(s, Rulebooks.fiveD(), LocalDate.of(2019, 7, 1))).contains(NationalStage.UJI_COBA);
    }
  }

  @Test
  void readsIsoDatesWithSurroundingSpace() {
    InnovationDetails d = InnovationDetails.titled("x").withText(InnovationDetails.TRIAL_START_DATE, " 2019-07-01 ");

    assertThat(NationalAlignment.date(d, InnovationDetails.TRIAL_START_DATE)).contains(LocalDate.of(2019, 7, 1));
    assertThat(NationalAlignment.date(d, InnovationDetails.IMPLEMENTATION_START_DATE)).isEmpty();
  }
}
