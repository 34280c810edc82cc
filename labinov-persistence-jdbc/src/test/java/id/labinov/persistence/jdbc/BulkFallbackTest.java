package id.labinov.persistence.jdbc;

import static id.labinov.persistence.jdbc.Fixtures.INNOVATOR;
import static id.labinov.persistence.jdbc.Fixtures.LEBAK;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.Labinov;
import id.labinov.core.engine.BulkItem;
import id.labinov.core.engine.BulkOptions;
import id.labinov.core.engine.BulkResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.StorageException;
import id.labinov.core.model.InnovationDetails;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A bulk chunk whose batch the database refuses for one row (here a check constraint added for the
 * test) is rolled back to its savepoint and written again item by item: the refused item fails
 * alone with the SQL state, the others are written, the feed holds exactly their events. On
 * PostgreSQL this needs the savepoint, since an error aborts the whole transaction there.
 */
class BulkFallbackTest {
  private static final String REFUSED_TITLE = "Judul yang ditolak basis data";

  @ParameterizedTest
  @EnumSource(Backend.Kind.class)
  void oneRowTheDatabaseRefusesFailsAloneAndTheChunkIsWritten(Backend.Kind kind) {
    try (Backend backend = Backend.open(kind, 2)) {
      JdbcStorage storage = backend.storage();
      Labinov lab = Fixtures.lab(storage.innovationStore(), storage.rulebookStore(),
          new Fixtures.TickingClock(Fixtures.START), 3);
      List<InnovationRef> refs = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        refs.add(lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Massal " + i)).orThrow().ref());
      }
      long feedBefore = backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "feed");
      backend.update("ALTER TABLE " + backend.prefix() + "innovation ADD CONSTRAINT " + backend.prefix()
          + "test_title CHECK (title <> '" + REFUSED_TITLE + "')");
      List<BulkItem<InnovationDetails>> items = new ArrayList<>();
      for (int i = 0; i < refs.size(); i++) {
        InnovationDetails d = lab.innovations().get(refs.get(i)).details();
        items.add(BulkItem.of(refs.get(i), d.withTitle(i == 2 ? REFUSED_TITLE : "Judul baru " + i))
            .withIdempotencyKey("ubah-" + i));
      }

      List<BulkResult> results = lab.innovations().updateDetailsAll(items, INNOVATOR, BulkOptions.defaults());

      assertThat(results).extracting(BulkResult::outcome).containsExactly(BulkResult.Outcome.ACCEPTED,
          BulkResult.Outcome.ACCEPTED, BulkResult.Outcome.FAILED, BulkResult.Outcome.ACCEPTED,
          BulkResult.Outcome.ACCEPTED);
      assertThat(results.get(2).error()).isInstanceOfSatisfying(StorageException.class,
          e -> assertThat(e.sqlState()).isPresent());
      for (int i = 0; i < refs.size(); i++) {
        assertThat(lab.innovations().get(refs.get(i)).version()).as("item " + i).isEqualTo(i == 2 ? 1 : 2);
        assertThat(storage.innovationStore().findIdempotency(LEBAK, "ubah-" + i, Fixtures.START.plusSeconds(60))
            .isPresent()).as("key of item " + i).isEqualTo(i != 2);
      }
      assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "feed")).isEqualTo(feedBefore + 4);
    }
  }
}
