package id.labinov.core.facade;

import static id.labinov.core.facade.LabFixture.INNOVATOR;
import static id.labinov.core.facade.LabFixture.TANGERANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.labinov.core.engine.BulkResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.engine.Options;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Advancing many innovations at once: each item on its own, results in the order given. */
class AdvanceAllTest {
  private final LabFixture f = LabFixture.create();

  @Test
  void givesOneResultPerItemInOrderAcceptedRefusedOrError() {
    InnovationRef ready = f.proposed();
    f.readyForDiagnose(ready);
    InnovationRef notReady = f.proposed();
    InnovationRef unknown = LabFixture.unknownRef();
    InnovationRef alsoReady = f.proposed();
    f.readyForDiagnose(alsoReady);

    List<BulkResult> results = f.lab.innovations().advanceAll(List.of(ready, notReady, unknown, alsoReady), INNOVATOR, "DIAGNOSE",
        Options.none());

    assertThat(results).extracting(BulkResult::ref).containsExactly(ready, notReady, unknown, alsoReady);
    assertThat(results).extracting(BulkResult::accepted).containsExactly(true, false, false, true);
    assertThat(results.get(0).result().state().stage()).isEqualTo("DIAGNOSE");
    assertThat(results.get(1).result().verdict().codes()).containsExactly("EVIDENCE_MISSING", "APPROVALS_MISSING");
    assertThat(results.get(1).findError()).isEmpty();
    assertThat(results.get(2).findResult()).isEmpty();
    assertThat(results.get(2).error()).isInstanceOf(NoSuchInnovationException.class);
    assertThat(results.get(2).error().code()).isEqualTo("NO_SUCH_INNOVATION");
    assertThat(f.state(ready).stage()).isEqualTo("DIAGNOSE");
    assertThat(f.state(notReady).stage()).isEqualTo("DRUM_UP");
    assertThat(f.state(alsoReady).stage()).isEqualTo("DIAGNOSE");
  }

  @Test
  void anInnovationOfAnotherRegionIsAnErrorItem() {
    InnovationRef ref = f.proposed();
    f.readyForDiagnose(ref);
    InnovationRef elsewhere = new InnovationRef(TANGERANG, ref.id());

    List<BulkResult> results = f.lab.innovations().advanceAll(List.of(elsewhere), INNOVATOR, "DIAGNOSE", Options.none());

    assertThat(results).singleElement().satisfies(r -> assertThat(r.error()).isInstanceOf(NoSuchInnovationException.class));
    assertThat(f.state(ref).stage()).isEqualTo("DRUM_UP");
  }

  @Test
  void anEmptyListGivesNoResults() {
    assertThat(f.lab.innovations().advanceAll(List.of(), INNOVATOR, "DIAGNOSE", Options.none())).isEmpty();
  }

  @Test
  void anExpectedVersionIsRefusedForABulkCommand() {
    InnovationRef ref = f.proposed();
    f.readyForDiagnose(ref);

    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> f.lab.innovations().advanceAll(List.of(ref), INNOVATOR, "DIAGNOSE", Options.none().expectingVersion(3)));

    assertThat(e.code()).isEqualTo("EXPECTED_VERSION_IN_BULK");
    assertThat(e.field()).isEqualTo("expectedVersion");
    assertThat(e.getMessage(Locale.ENGLISH))
        .contains("A bulk command cannot carry one expected version (3) for many innovations");
    assertThat(e.getMessage(Messages.INDONESIAN))
        .contains("Perintah massal tidak dapat membawa satu versi yang diharapkan (3) untuk banyak inovasi");
    assertThat(f.state(ref).stage()).isEqualTo("DRUM_UP");
  }

  @Test
  void eachItemGetsItsOwnKeyDerivedFromTheBulkKey() {
    InnovationRef a = f.proposed();
    f.readyForDiagnose(a);
    InnovationRef b = f.proposed();
    f.readyForDiagnose(b);

    List<BulkResult> results = f.lab.innovations().advanceAll(List.of(a, b), INNOVATOR, "DIAGNOSE", Options.idempotent("bulk-1"));

    assertThat(results.get(0).result().events().get(0).metadata().idempotencyKey()).isEqualTo("bulk-1:" + a.id());
    assertThat(results.get(1).result().events().get(0).metadata().idempotencyKey()).isEqualTo("bulk-1:" + b.id());
  }

  @Test
  void aRetriedBulkWithTheSameKeyReplaysEveryAcceptedItem() {
    InnovationRef a = f.proposed();
    f.readyForDiagnose(a);
    InnovationRef b = f.proposed();
    f.readyForDiagnose(b);
    List<BulkResult> first = f.lab.innovations().advanceAll(List.of(a, b), INNOVATOR, "DIAGNOSE", Options.idempotent("bulk-2"));
    f.store.resetCounts();

    List<BulkResult> retry = f.lab.innovations().advanceAll(List.of(a, b), INNOVATOR, "DIAGNOSE", Options.idempotent("bulk-2"));

    assertThat(retry).allSatisfy(r -> assertThat(r.result().replayed()).isTrue());
    assertThat(retry.get(0).result().events()).isEqualTo(first.get(0).result().events());
    assertThat(retry.get(1).result().events()).isEqualTo(first.get(1).result().events());
    assertThat(f.store.appendAttempts()).isZero();
  }
}
