package id.labinov.persistence.jdbc;

import static id.labinov.persistence.jdbc.Fixtures.ADMIN;
import static id.labinov.persistence.jdbc.Fixtures.INNOVATOR;
import static id.labinov.persistence.jdbc.Fixtures.LEBAK;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A migration saves its target rulebook inside the command's own transaction: on a pool of one
 * connection it neither waits for a second connection nor leaves the target stored when refused.
 */
class NestedWriteTest {
  private static final Rulebook TARGET = Rulebooks.fiveDPlusOne();

  private static Labinov lab(Backend backend) {
    JdbcStorage storage = backend.storage();
    return Fixtures.lab(storage.innovationStore(), storage.rulebookStore(), new Fixtures.HandClock(Fixtures.START), 5);
  }

  /** Tables on a pool of one connection that gives up after a second (so a starved pool fails fast). */
  private static Backend poolOfOne(Backend.Kind kind) {
    return Backend.open(kind, 1, c -> c.setConnectionTimeout(1_000));
  }

  private static InnovationRef proposed(Labinov lab) {
    return lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Posyandu Digital")).orThrow().ref();
  }

  @ParameterizedTest
  @EnumSource(Backend.Kind.class)
  void aMigrationOnAPoolOfOneConnectionSavesItsTargetWithTheCommand(Backend.Kind kind) {
    try (Backend backend = poolOfOne(kind)) {
      Labinov lab = lab(backend);
      InnovationRef ref = proposed(lab);

      CommandResult r = lab.migrations().migrate(ref, ADMIN, TARGET, Options.none());

      assertThat(r.accepted()).as("%s", r.verdict().codes()).isTrue();
      assertThat(r.state().rulebookId()).isEqualTo(TARGET.id());
      assertThat(backend.storage().rulebookStore().find(LEBAK, TARGET.id(), TARGET.version())).isPresent();
      assertThat(backend.storage().innovationStore().load(ref).orElseThrow().rulebookId()).isEqualTo(TARGET.id());
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.Kind.class)
  void aRefusedMigrationOnAPoolOfOneConnectionStoresNothing(Backend.Kind kind) {
    try (Backend backend = poolOfOne(kind)) {
      Labinov lab = lab(backend);
      InnovationRef ref = proposed(lab);

      CommandResult r = lab.migrations().migrate(ref, INNOVATOR, TARGET, Options.none().withIdempotencyKey("pindah-1"));

      assertThat(r.accepted()).isFalse();
      assertThat(r.verdict().codes()).contains("ROLE_NOT_PERMITTED");
      assertThat(backend.storage().rulebookStore().find(LEBAK, TARGET.id(), TARGET.version())).isEmpty();
    }
  }
}
