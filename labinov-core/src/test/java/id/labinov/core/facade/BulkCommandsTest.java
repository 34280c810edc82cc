package id.labinov.core.facade;

import static id.labinov.core.facade.LabFixture.COACH;
import static id.labinov.core.facade.LabFixture.HEAD;
import static id.labinov.core.facade.LabFixture.INNOVATOR;
import static id.labinov.core.facade.LabFixture.LEBAK;
import static id.labinov.core.facade.LabFixture.TANGERANG;
import static id.labinov.core.facade.LabFixture.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.BulkItem;
import id.labinov.core.engine.BulkOptions;
import id.labinov.core.engine.BulkResult.Outcome;
import id.labinov.core.engine.BulkResult;
import id.labinov.core.engine.BulkSummary;
import id.labinov.core.engine.Command;
import id.labinov.core.engine.IdempotencyKeyReusedException;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.OutsideScopeException;
import id.labinov.core.engine.Request;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.i18n.Messages;
import id.labinov.core.memory.InMemoryRefusalLog;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The bulk path of the facade: chunks of items, each chunk one store transaction that reads all
 * states, decides each item as a single command would and writes the accepted ones together, with
 * per-item results (accepted, refused, conflict, replayed, failed).
 */
class BulkCommandsTest {
  private final InMemoryRefusalLog refusalLog = new InMemoryRefusalLog();
  private final List<List<InnovationEvent>> delivered = Collections.synchronizedList(new ArrayList<>());
  /** How many chunks had started when each delivery came. */
  private final List<Integer> chunksAtDelivery = Collections.synchronizedList(new ArrayList<>());
  private LabFixture fixture;
  private final LabFixture f = LabFixture.create(b -> b.refusalLog(refusalLog).listener(events -> {
    delivered.add(List.copyOf(events));
    chunksAtDelivery.add(fixture.store.chunks());
  }));

  {
    fixture = f;
  }

  private InnovationRef ready() {
    InnovationRef ref = f.proposed();
    f.readyForDiagnose(ref);
    return ref;
  }

  private static List<Outcome> outcomes(List<BulkResult> results) {
    return results.stream().map(BulkResult::outcome).toList();
  }

  private long refusalsLogged() {
    return refusalLog.count(Scope.national(), Instant.EPOCH, f.clock.instant().plusSeconds(1));
  }

  @Test
  void aMixedChunkGivesEachItemItsOwnOutcomeInOneTransaction() {
    InnovationRef accepted = ready();
    InnovationRef refused = f.proposed();
    InnovationRef stale = ready();
    InnovationRef retried = ready();
    f.lab.innovations().advance(retried, INNOVATOR, "DIAGNOSE", Options.idempotent("maju-retried")).orThrow();
    InnovationRef reused = ready();
    f.lab.innovations().attachEvidence(reused, INNOVATOR, evidence("PHOTO", "foto.jpg"), Options.idempotent("kunci-lain"))
        .orThrow();
    InnovationRef unknown = LabFixture.unknownRef();
    long staleVersion = f.version(stale) - 1;
    delivered.clear();
    f.store.resetCounts();

    List<BulkResult> results = f.lab.innovations().advanceAll(List.of(
        BulkItem.of(accepted),
        BulkItem.of(refused).withIdempotencyKey("maju-refused"),
        BulkItem.of(stale).expectingVersion(staleVersion),
        BulkItem.of(retried).withIdempotencyKey("maju-retried"),
        BulkItem.of(reused).withIdempotencyKey("kunci-lain"),
        BulkItem.of(unknown)), INNOVATOR, "DIAGNOSE", BulkOptions.defaults());

    assertThat(outcomes(results)).containsExactly(Outcome.ACCEPTED, Outcome.REFUSED, Outcome.CONFLICT, Outcome.REPLAYED,
        Outcome.FAILED, Outcome.FAILED);
    assertThat(f.store.chunks()).as("one transaction for the chunk").isEqualTo(1);
    assertThat(f.state(accepted).stage()).isEqualTo("DIAGNOSE");
    assertThat(results.get(1).result().verdict().codes()).containsExactly("EVIDENCE_MISSING", "APPROVALS_MISSING");
    assertThat(f.state(refused).stage()).isEqualTo("DRUM_UP");
    assertThat(results.get(2).error()).isInstanceOfSatisfying(VersionConflictException.class, e -> {
      assertThat(e.expected()).isEqualTo(staleVersion);
      assertThat(e.actual()).isEqualTo(staleVersion + 1);
    });
    assertThat(f.state(stale).stage()).as("a conflict writes nothing of its item").isEqualTo("DRUM_UP");
    assertThat(results.get(3).result().replayed()).isTrue();
    assertThat(results.get(3).result().events()).isEqualTo(f.history(retried).subList(3, 4));
    assertThat(results.get(4).error()).isInstanceOf(IdempotencyKeyReusedException.class);
    assertThat(f.state(reused).stage()).isEqualTo("DRUM_UP");
    assertThat(results.get(5).error()).isInstanceOf(NoSuchInnovationException.class);
    assertThat(delivered).as("listeners get the events of the written item only").containsExactly(
        results.get(0).result().events());
    assertThat(refusalsLogged()).as("the refusal is logged as a single command's").isEqualTo(1);
    assertThat(f.lab.innovations().find(refused).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void itemsGoInChunksOfTheConfiguredSizeAndListenersHearEachChunkAfterItCommits() {
    List<InnovationRef> refs = IntStream.range(0, 7).mapToObj(i -> ready()).toList();
    delivered.clear();
    chunksAtDelivery.clear();
    f.store.resetCounts();

    List<BulkResult> results = f.lab.innovations().advanceAll(refs.stream().map(BulkItem::of).toList(), INNOVATOR,
        "DIAGNOSE", BulkOptions.defaults().withChunkSize(3));

    assertThat(outcomes(results)).containsOnly(Outcome.ACCEPTED).hasSize(7);
    assertThat(f.store.chunks()).isEqualTo(3);
    assertThat(delivered).hasSize(7);
    assertThat(chunksAtDelivery).as("each chunk's events are delivered before the next chunk starts")
        .containsExactly(1, 1, 1, 2, 2, 2, 3);
  }

  @Test
  void theFacadesChunkSizeIsTheDefaultAndBothAreChecked() {
    LabFixture small = LabFixture.create(b -> b.bulkChunkSize(2));
    List<InnovationRef> refs = IntStream.range(0, 5).mapToObj(i -> small.proposed()).toList();
    small.store.resetCounts();

    small.lab.innovations().approveAll(refs.stream().map(BulkItem::of).toList(), HEAD, Role.OPD_HEAD, null,
        BulkOptions.defaults());

    assertThat(small.store.chunks()).isEqualTo(3);
    InvalidValueException builder = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidValueException.class,
        () -> Labinov.builder().clock(f.clock).innovationStore(f.store.delegate()).rulebookStore(f.rulebooks)
            .bulkChunkSize(0).build());
    assertThat(builder.code()).isEqualTo("BAD_SETTING");
    assertThat(builder.getMessage(Locale.ENGLISH)).contains("bulkChunkSize is 0: use 1 to 1000");
    assertThat(builder.getMessage(Messages.INDONESIAN)).contains("bulkChunkSize bernilai 0: gunakan 1 sampai 1000");
    assertThatThrownBy(() -> BulkOptions.defaults().withChunkSize(1001))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("INVALID_CHUNK_SIZE");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("chunkSize is 1001: use 1 to 1000 items per chunk");
        });
  }

  @Test
  void aRetriedBulkCallReturnsTheSameResultsAndWritesNothing() {
    List<InnovationRef> refs = List.of(ready(), f.proposed(), ready());
    List<BulkItem<Void>> items = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      items.add(BulkItem.of(refs.get(i)).withIdempotencyKey("panen-" + i));
    }
    List<BulkResult> first = f.lab.innovations().advanceAll(items, INNOVATOR, "DIAGNOSE", BulkOptions.defaults());
    f.store.resetCounts();
    delivered.clear();
    long refusals = refusalsLogged();

    List<BulkResult> retry = f.lab.innovations().advanceAll(items, INNOVATOR, "DIAGNOSE", BulkOptions.defaults());

    assertThat(outcomes(first)).containsExactly(Outcome.ACCEPTED, Outcome.REFUSED, Outcome.ACCEPTED);
    // a refusal uses up no key: the refused item is decided again, and refused again
    assertThat(outcomes(retry)).containsExactly(Outcome.REPLAYED, Outcome.REFUSED, Outcome.REPLAYED);
    for (int i : new int[] {0, 2}) {
      assertThat(retry.get(i).result().events()).isEqualTo(first.get(i).result().events());
      assertThat(retry.get(i).result().state()).isEqualTo(first.get(i).result().state());
    }
    assertThat(retry.get(1).result().verdict()).isEqualTo(first.get(1).result().verdict());
    assertThat(f.store.appendAttempts()).as("a replay writes nothing").isZero();
    assertThat(delivered).isEmpty();
    assertThat(refusalsLogged()).isEqualTo(refusals + 1);
  }

  @Test
  void anItemThatLostARaceWithoutAnExpectedVersionIsDecidedAgain() {
    InnovationRef a = ready();
    InnovationRef b = ready();
    f.store.injectConflicts(1);
    f.store.resetCounts();

    List<BulkResult> results = f.lab.innovations().advanceAll(List.of(BulkItem.of(a), BulkItem.of(b)), INNOVATOR,
        "DIAGNOSE", BulkOptions.defaults());

    assertThat(outcomes(results)).containsExactly(Outcome.ACCEPTED, Outcome.ACCEPTED);
    assertThat(f.store.chunks()).as("the chunk, then the lost item again").isEqualTo(2);
    assertThat(f.history(a)).hasSize(4);
  }

  @Test
  void anItemWithAnExpectedVersionThatLostARaceIsAConflictAndTheOthersStayWritten() {
    InnovationRef a = ready();
    InnovationRef b = ready();
    f.store.injectConflicts(1);

    List<BulkResult> results = f.lab.innovations().advanceAll(
        List.of(BulkItem.of(a).expectingVersion(f.version(a)), BulkItem.of(b)), INNOVATOR, "DIAGNOSE",
        BulkOptions.defaults());

    assertThat(outcomes(results)).containsExactly(Outcome.CONFLICT, Outcome.ACCEPTED);
    assertThat(f.state(a).stage()).isEqualTo("DRUM_UP");
    assertThat(f.state(b).stage()).isEqualTo("DIAGNOSE");
  }

  @Test
  void anInnovationTwiceInOneCallIsDecidedOnWhatItsEarlierItemWrote() {
    InnovationRef ref = f.proposed();
    EvidenceRef letter = evidence("COMMITMENT_LETTER", "komitmen.pdf");

    List<BulkResult> results = f.lab.innovations().attachEvidenceAll(List.of(
        BulkItem.of(ref, letter),
        BulkItem.of(ref, evidence("PHOTO", "foto.jpg")).expectingVersion(2),
        BulkItem.of(ref, letter)), INNOVATOR, BulkOptions.defaults());

    assertThat(outcomes(results)).containsExactly(Outcome.ACCEPTED, Outcome.ACCEPTED, Outcome.REFUSED);
    assertThat(results.get(2).result().verdict().codes()).containsExactly("DUPLICATE_EVIDENCE");
    assertThat(f.version(ref)).isEqualTo(3);
  }

  @Test
  void updateDetailsAllAndExecuteAllTakeEachItemsOwnArgument() {
    InnovationRef a = f.proposed();
    InnovationRef b = f.proposed();
    InnovationDetails da = f.state(a).details().withText(InnovationDetails.PROBLEM, LabFixture.words(25));
    InnovationDetails db = f.state(b).details().withText(InnovationDetails.GOALS, "Cakupan naik.");

    List<BulkResult> updated = f.lab.innovations().updateDetailsAll(
        List.of(BulkItem.of(a, da).withIdempotencyKey("ubah-a"), BulkItem.of(b, db)), INNOVATOR, BulkOptions.defaults());
    List<BulkResult> executed = f.lab.innovations().executeAll(List.of(
        Request.of(a, HEAD, new Command.Approve(Role.OPD_HEAD, "setuju")),
        Request.of(b, COACH, new Command.Approve(Role.OPD_HEAD, null))), BulkOptions.defaults());

    assertThat(outcomes(updated)).containsExactly(Outcome.ACCEPTED, Outcome.ACCEPTED);
    assertThat(f.state(a).details()).isEqualTo(da);
    assertThat(f.state(b).details()).isEqualTo(db);
    assertThat(outcomes(executed)).containsExactly(Outcome.ACCEPTED, Outcome.REFUSED);
    assertThatThrownBy(() -> f.lab.innovations().executeAll(List.of(Request.of(a, INNOVATOR,
        new Command.Propose(LabFixture.details(), null))), BulkOptions.defaults()))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("PROPOSAL_IN_BULK"));
    assertThatThrownBy(() -> f.lab.innovations().attachEvidenceAll(List.of(new BulkItem<>(a, null, null, null)), INNOVATOR,
        BulkOptions.defaults())).isInstanceOf(InvalidValueException.class);
    assertThat(f.version(a)).as("an invalid item stops the call before anything runs").isEqualTo(3);
  }

  @Test
  void advanceWhereMovesEveryMatchingInnovationPageByPageAndKeepsOnlyTheProblems() {
    List<InnovationRef> ready = IntStream.range(0, 7).mapToObj(i -> ready()).toList();
    InnovationRef notReady = f.proposed();
    InnovationRef elsewhere = f.inDiagnose();
    List<BulkResult> seen = new ArrayList<>();
    f.store.resetCounts();

    BulkSummary summary = f.lab.innovations().advanceWhere(Scope.region(LEBAK),
        InnovationFilter.builder().stages("DRUM_UP").build(), INNOVATOR, "DIAGNOSE",
        BulkOptions.defaults().withChunkSize(3).onEachResult(seen::add));

    assertThat(summary.accepted()).isEqualTo(7);
    assertThat(summary.refused()).isEqualTo(1);
    assertThat(summary.total()).isEqualTo(8);
    assertThat(summary.problems()).singleElement().satisfies(p -> {
      assertThat(p.ref()).isEqualTo(notReady);
      assertThat(p.outcome()).isEqualTo(Outcome.REFUSED);
      assertThat(p.result().state()).as("a summary keeps no states").isNull();
    });
    assertThat(seen).hasSize(8);
    assertThat(f.store.chunks()).isEqualTo(3);
    ready.forEach(r -> assertThat(f.state(r).stage()).isEqualTo("DIAGNOSE"));
    assertThat(f.state(elsewhere).stage()).isEqualTo("DIAGNOSE");
    assertThat(f.version(elsewhere)).as("not in the filter: untouched").isEqualTo(4);
  }

  @Test
  void advanceToNextStageWhereMovesEachInnovationOneStageOn() {
    InnovationRef drumUp = ready();
    InnovationRef diagnose = f.inDiagnose();
    f.readyForDesign(diagnose);

    BulkSummary summary = f.lab.innovations().advanceToNextStageWhere(Scope.region(LEBAK),
        InnovationFilter.builder().stages("DRUM_UP", "DIAGNOSE").build(), COACH, BulkOptions.defaults());

    assertThat(summary.accepted()).isEqualTo(2);
    assertThat(f.state(drumUp).stage()).isEqualTo("DIAGNOSE");
    assertThat(f.state(diagnose).stage()).isEqualTo("DESIGN");
  }

  @Test
  void advanceWhereOutsideTheActorsScopeReadsNothing() {
    ready();

    assertThatThrownBy(() -> f.lab.innovations().advanceWhere(Scope.region(TANGERANG), InnovationFilter.all(), INNOVATOR,
        "DIAGNOSE", BulkOptions.defaults())).isInstanceOf(OutsideScopeException.class);
  }
}
