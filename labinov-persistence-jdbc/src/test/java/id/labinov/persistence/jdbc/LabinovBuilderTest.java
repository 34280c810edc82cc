package id.labinov.persistence.jdbc;

import static id.labinov.persistence.jdbc.Fixtures.INNOVATOR;
import static id.labinov.persistence.jdbc.Fixtures.LEBAK;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Person;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.PageRequest;
import id.labinov.core.rules.Rulebooks;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link JdbcStorage#labinovBuilder()} puts a {@code Labinov} on the storage's own stores and directory. */
class LabinovBuilderTest {
  private TestDb db;
  private JdbcStorage storage;

  @BeforeEach
  void start() {
    db = TestDb.memory();
    storage = JdbcStorage.builder().dataSource(db.dataSource()).build();
  }

  @AfterEach
  void stop() {
    db.close();
  }

  @Test
  void theBuiltLabWritesAndReadsThroughTheStoragesStores() {
    Labinov lab = storage.labinovBuilder().clock(new Fixtures.HandClock(Fixtures.START)).rulebook(Rulebooks.fiveD())
        .build();
    storage.directory().putPerson(Person.named(PersonId.of("asn-dinkes-7"), "Rina Kurniasih"));

    InnovationRef ref = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Posyandu Digital")).orThrow()
        .ref();
    CommandResult refused = lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none());

    assertThat(refused.accepted()).isFalse();
    assertThat(storage.innovationStore().load(ref)).as("the innovation store").isPresent();
    assertThat(lab.queries().find(Scope.region(LEBAK), InnovationFilter.builder().build(), PageRequest.first(10))
        .items()).as("the query port").hasSize(1);
    assertThat(storage.refusalLog().count(Scope.region(LEBAK), Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")))
        .as("the refusal log").isEqualTo(1);
    Actor admin = Actor.of("admin-bappeda-01", "BAPPEDA", Role.LAB_ADMIN).in(LEBAK);
    assertThat(lab.innovations().handOver(ref, admin, PersonId.of("asn-tidak-tercatat"), null, "pindah tugas",
        Options.none()).accepted()).as("the directory: an unknown person is refused").isFalse();
    assertThat(lab.innovations().handOver(ref, admin, PersonId.of("asn-dinkes-7"), null, "pindah tugas",
        Options.none()).accepted()).as("the directory: a person it holds is taken").isTrue();
    assertThat(lab.cycle().sustainability(admin, LEBAK)).as("the cycle store").isNotNull();
    assertThat(lab.iid().verifications(admin, LEBAK, 2026)).as("the verifiers' decisions").isEmpty();
  }
}
