package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Refusal;
import id.labinov.core.engine.StorageException;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the refusal log contract cannot see from outside on H2: pages of a few rows read every row
 * once in order (also when the rows fill the last page exactly), no connection is held while the
 * caller's action runs (a pool of one connection suffices for an action that reads the log again),
 * the rows are in the prefixed table, and a row changed outside labinov is a storage error naming it.
 */
class JdbcRefusalLogTest {
  private static final Instant T0 = Instant.parse("2025-05-05T05:05:05.000005Z");
  private Backend backend;

  @BeforeEach
  void start() {
    backend = Backend.open(Backend.Kind.H2, 1);
  }

  @AfterEach
  void stop() {
    backend.close();
  }

  private JdbcRefusalLog log(int pageSize) {
    return new JdbcRefusalLog(Connections.of(backend.pool(), Dialect.H2), new Tables(backend.prefix()), pageSize);
  }

  private static Refusal refusal(Instant at, String marker) {
    return Refusal.builder().kind(Refusal.Kind.INNOVATION)
        .target(new InnovationRef(Fixtures.LEBAK, InnovationId.parse("018f0000-0000-7000-8000-00000000000a")))
        .actor(PersonId.of("asn-1")).command("Advance")
        .violations(List.of(new Refusal.Reason("EVIDENCE_MISSING", null, List.of(marker)))).at(at).build();
  }

  private static List<String> markers(JdbcRefusalLog log, Instant from, Instant to) {
    List<String> out = new ArrayList<>();
    log.forEach(Scope.national(), from, to, r -> out.add(r.violations().get(0).arguments().get(0)));
    return out;
  }

  @Test
  void pagesOfTwoReadEveryRowOnceInOrderWhetherOrNotTheLastPageIsFull() {
    JdbcRefusalLog log = log(2);
    log.append(List.of(refusal(T0.plusSeconds(1), "b1"), refusal(T0, "a1"), refusal(T0, "a2"), refusal(T0, "a3"),
        refusal(T0.plusSeconds(1), "b2")));

    assertThat(markers(log, T0, T0.plusSeconds(2))).containsExactly("a1", "a2", "a3", "b1", "b2");
    assertThat(markers(log, T0, T0.plusSeconds(1))).as("a full last page").containsExactly("a1", "a2", "a3");
    log.append(List.of(refusal(T0.plusSeconds(1), "b3")));
    assertThat(markers(log, T0.plusSeconds(1), T0.plusSeconds(2))).as("two full pages")
        .containsExactly("b1", "b2", "b3");
  }

  @Test
  void holdsNoConnectionWhileTheActionRuns() {
    JdbcRefusalLog log = log(1);
    log.append(List.of(refusal(T0, "a"), refusal(T0, "b"), refusal(T0, "c")));
    List<Long> counts = new ArrayList<>();

    log.forEach(Scope.national(), T0, T0.plusSeconds(1),
        r -> counts.add(log.count(Scope.national(), T0, T0.plusSeconds(1))));

    assertThat(counts).containsExactly(3L, 3L, 3L);
  }

  @Test
  void keepsItsRowsInThePrefixedTable() {
    backend.storage().refusalLog().append(List.of(refusal(T0, "a")));

    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "refusal WHERE region = '36.02'"
        + " AND kind = 'INNOVATION' AND command = 'Advance'")).isEqualTo(1);
  }

  @Test
  void aRowChangedOutsideLabinovIsAStorageErrorNamingIt() {
    JdbcRefusalLog log = backend.storage().refusalLog();
    log.append(List.of(refusal(T0, "a")));
    backend.update("UPDATE " + backend.prefix() + "refusal SET reasons_json = '{\"format\":9}'");

    assertThatThrownBy(() -> log.forEach(Scope.national(), T0, T0.plusSeconds(1), r -> { }))
        .isInstanceOfSatisfying(StorageException.class, e -> {
          assertThat(e.code()).isEqualTo("STORAGE_FAILURE");
          assertThat(e.getMessage()).contains("read refusal 1 of the refusal log");
        });
  }
}
