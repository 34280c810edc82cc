package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.InnovationState;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.InnovationStore;
import id.labinov.core.spi.RulebookStore;
import id.labinov.core.spi.contract.BulkEquivalenceContract;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Core's bulk-equivalence property on a database: the bulk calls on the JDBC store (one locked read
 * and batched writes per chunk) against every item sent alone to an in-memory store, and after every
 * round the innovation's stay rows equal its state's stays (written by the chunk's batches). A
 * subclass names the database and how many sequences it runs.
 */
abstract class JdbcBulkEquivalenceContract extends BulkEquivalenceContract {
  private Backend backend;
  private JdbcStorage storage;
  private VisitRows rows;

  /** Returns the database. */
  abstract Backend.Kind kind();

  @BeforeEach
  void open() {
    backend = Backend.open(kind(), 2);
    storage = backend.storage();
    rows = new VisitRows(new Tables(backend.prefix()));
  }

  @AfterEach
  void close() {
    if (backend != null) {
      backend.close();
    }
  }

  @Override
  protected InnovationStore store() {
    return storage.innovationStore();
  }

  @Override
  protected InnovationQuery query() {
    return storage.innovationStore();
  }

  @Override
  protected RulebookStore rulebookStore() {
    return storage.rulebookStore();
  }

  @Override
  protected void checkStored(InnovationState state) {
    List<VisitRows.Row> stored;
    try (Connection c = backend.pool().getConnection()) {
      stored = rows.read(c, state.ref());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    assertThat(stored).extracting(VisitRows.Row::visit).as("stay rows of " + state.ref())
        .containsExactlyElementsOf(state.visits());
    VisitRows.Outcome last = stored.get(stored.size() - 1).outcome();
    assertThat(last).as("the current stay of " + state.ref())
        .isEqualTo(state.status() == InnovationStatus.DROPPED ? VisitRows.Outcome.DROPPED : VisitRows.Outcome.OPEN);
  }
}
