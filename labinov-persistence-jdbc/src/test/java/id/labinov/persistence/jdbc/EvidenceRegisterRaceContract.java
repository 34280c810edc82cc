package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.iid.ChangeStamp;
import id.labinov.core.iid.DocumentExistsException;
import id.labinov.core.iid.DocumentInUseException;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.DocumentSupersededException;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.iid.NoSuchDocumentException;
import id.labinov.core.iid.RegisterAction;
import id.labinov.core.iid.RegisterChange;
import id.labinov.core.iid.RegisterConflictException;
import id.labinov.core.iid.RegisteredClaim;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Races on one database that the in-memory contract cannot provoke: writers on their own
 * connections, started together, that touch the same document or claim. Each round checks that
 * exactly one of two conflicting writes wins, that the loser gets its typed error (never a
 * deadlock or a {@code StorageException}), and that the tables hold what the winner wrote and the
 * change log one entry per write that succeeded. A subclass per database names the database.
 */
abstract class EvidenceRegisterRaceContract {
  private static final RegionCode LEBAK = Fixtures.LEBAK;
  private static final InnovationId POSYANDU = InnovationId.parse("0190a1b2-0000-7000-8000-000000000001");
  private static final int ROUNDS = 8;

  private JdbcEvidenceRegister register;
  private Instant clock = Instant.parse("2026-01-05T01:00:00.000001Z");

  /** Returns the database the tests run on. */
  abstract Backend.Kind kind();

  @BeforeEach
  void emptyTables() {
    register = ClassBackends.fresh(getClass(), kind()).storage().evidenceRegister();
  }

  private ChangeStamp stamp(String who) {
    clock = clock.plusMillis(1);
    return ChangeStamp.of(PersonId.of(who), clock);
  }

  private static EvidenceDocument photo(String id) {
    return EvidenceDocument.builder(id, LEBAK, DocumentKind.PHOTO, LocalDate.of(2025, 8, 17)).subject("Foto kegiatan")
        .issuer("Dinas Kesehatan", IssuerLevel.OPD_HEAD).build();
  }

  /** Runs two writes at the same moment on two threads; returns what each returned or threw. */
  private static List<Object> race(Supplier<?> first, Supplier<?> second) throws Exception {
    // two threads of our own: the common pool may have a single worker on a 2-core machine, and
    // then the second writer would never reach the barrier
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier together = new CyclicBarrier(2);
      List<CompletableFuture<Object>> runs = List.of(first, second).stream().map(w -> CompletableFuture.supplyAsync(() -> {
        try {
          together.await(10, TimeUnit.SECONDS);
          return (Object) w.get();
        } catch (RuntimeException e) {
          return e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, pool)).toList();
      CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      return List.of(runs.get(0).get(), runs.get(1).get());
    } finally {
      pool.shutdownNow();
    }
  }

  private long logged(RegisterAction action) {
    return register.changes(LEBAK, 0, 1000).stream().map(RegisterChange::action).filter(action::equals).count();
  }

  @Test
  void aDeleteAndAClaimLinkingTheDocumentNeverBothSucceed() throws Exception {
    int deleted = 0;
    for (int round = 0; round < ROUNDS; round++) {
      String id = "FOTO-" + round;
      register.add(photo(id), stamp("admin"));
      IndicatorClaim claim = IndicatorClaim.forInnovation(LEBAK, POSYANDU, 2025, "R" + round, 1, List.of(id));

      List<Object> outcomes = race(() -> {
        register.delete(LEBAK, id, 1, stamp("admin"));
        return "deleted";
      }, () -> register.putClaim(claim, 0, stamp("innovator")));

      if ("deleted".equals(outcomes.get(0))) {
        deleted++;
        assertThat(outcomes.get(1)).as("round %d", round).isInstanceOf(NoSuchDocumentException.class);
        assertThat(register.find(LEBAK, id)).isEmpty();
        assertThat(register.claims(LEBAK, 2025)).noneMatch(c -> c.claim().documentIds().contains(id));
      } else {
        assertThat(outcomes.get(0)).as("round %d", round).isInstanceOf(DocumentInUseException.class);
        assertThat(outcomes.get(1)).isInstanceOf(RegisteredClaim.class);
        assertThat(register.find(LEBAK, id)).isPresent();
      }
    }
    assertThat(logged(RegisterAction.DOCUMENT_DELETED)).isEqualTo(deleted);
    assertThat(logged(RegisterAction.CLAIM_PUT)).isEqualTo(ROUNDS - deleted);
  }

  @Test
  void ofTwoWritersOfANewClaimOneInsertsAndTheOtherConflicts() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      IndicatorClaim claim = IndicatorClaim.forRegion(LEBAK, 2025, "BUDGET_" + round, 1, List.of());

      List<Object> outcomes = race(() -> register.putClaim(claim, 0, stamp("a")),
          () -> register.putClaim(claim.withStatedValue(id.labinov.core.iid.StatedValue.of(3, "PEOPLE")), 0,
              stamp("b")));

      assertThat(outcomes).as("round %d", round).filteredOn(RegisteredClaim.class::isInstance).hasSize(1);
      assertThat(outcomes).filteredOn(RegisterConflictException.class::isInstance).singleElement()
          .satisfies(e -> assertThat(((RegisterConflictException) e).actual()).isEqualTo(1));
      RegisteredClaim winner = (RegisteredClaim) outcomes.stream().filter(RegisteredClaim.class::isInstance)
          .findFirst().orElseThrow();
      assertThat(register.findClaim(winner.key())).contains(winner);
    }
    assertThat(logged(RegisterAction.CLAIM_PUT)).isEqualTo(ROUNDS);
  }

  @Test
  void ofTwoWritersAddingOneIdOneWinsAndTheLogSaysSoOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String id = "SK-" + round;
      List<Object> outcomes = race(() -> register.add(photo(id), stamp("a")), () -> register.add(photo(id),
          stamp("b")));

      assertThat(outcomes).as("round %d", round).filteredOn(DocumentExistsException.class::isInstance).hasSize(1);
    }
    assertThat(logged(RegisterAction.DOCUMENT_ADDED)).isEqualTo(ROUNDS);
  }

  @Test
  void anAttachmentRacingASupersedeLandsBeforeItOrIsRefused() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String id = "FOTO-" + round;
      register.add(photo(id), stamp("admin"));

      List<Object> outcomes = race(() -> register.supersede(LEBAK, id, 1, photo(id + "-BARU"), stamp("admin")),
          () -> register.attach(LEBAK, id, POSYANDU, stamp("innovator")));

      var old = register.find(LEBAK, id).orElseThrow();
      assertThat(old.supersededBy()).as("round %d", round).contains(id + "-BARU");
      assertThat(old.version()).isEqualTo(2);
      if (Boolean.TRUE.equals(outcomes.get(1))) {
        assertThat(old.attachedTo()).containsExactly(POSYANDU);
      } else {
        assertThat(outcomes.get(1)).isInstanceOf(DocumentSupersededException.class);
        assertThat(old.attachedTo()).isEmpty();
      }
    }
  }
}
