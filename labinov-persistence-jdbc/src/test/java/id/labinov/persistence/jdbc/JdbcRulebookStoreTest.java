package id.labinov.persistence.jdbc;

import static id.labinov.persistence.jdbc.Fixtures.LEBAK;
import static id.labinov.persistence.jdbc.Fixtures.SERANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.StorageException;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.spi.RulebookStore.RulebookInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcRulebookStoreTest {
  private TestDb db;
  private JdbcRulebookStore store;

  @BeforeEach
  void start() {
    db = TestDb.memory();
    store = JdbcStorage.builder().dataSource(db.dataSource()).build().rulebookStore();
  }

  @AfterEach
  void stop() {
    db.close();
  }

  @Test
  void storesTheCanonicalJsonAndItsHashAndReadsAnEqualRulebook() {
    Rulebook fiveD = Rulebooks.fiveD();
    store.save(LEBAK, fiveD);

    assertThat(db.query("SELECT hash, canonical_json FROM lbv_rulebook WHERE region = '36.02'").get(0))
        .containsExactly(fiveD.hash(), fiveD.toCanonicalJson());
    Rulebook read = store.find(LEBAK, "5d", 1).orElseThrow();
    assertThat(read).isEqualTo(fiveD);
    assertThat(read.hash()).isEqualTo(fiveD.hash());
    assertThat(read.transitions()).hasSameSizeAs(fiveD.transitions());
    assertThat(store.find(SERANG, "5d", 1)).isEmpty();
  }

  @Test
  void listsByIdThenVersion() {
    store.save(LEBAK, Rulebooks.fiveDPlusOne());
    store.save(LEBAK, Rulebooks.fiveD());

    assertThat(store.list(LEBAK)).extracting(RulebookInfo::id).containsExactly("5d", "5d-plus-1");
    assertThat(store.list(SERANG)).isEmpty();
  }

  @Test
  void refusesToReadARulebookWhoseStoredContentNoLongerMatchesItsHash() {
    store.save(LEBAK, Rulebooks.fiveD());
    db.update("UPDATE lbv_rulebook SET canonical_json = REPLACE(canonical_json, 'Drum-up (membangun', 'Drum-up! (membangun')");

    assertThatThrownBy(() -> store.find(LEBAK, "5d", 1)).isInstanceOfSatisfying(StorageException.class,
        e -> assertThat(e.getMessage()).contains("does not match its content"));
  }

  @Test
  void aViewSavesInsideTheCallersTransaction() throws Exception {
    try (var c = db.connect()) {
      c.setAutoCommit(false);
      store.inTransaction(c).save(LEBAK, Rulebooks.fiveD());
      assertThat(store.find(LEBAK, "5d", 1)).isEmpty();
      c.commit();
    }
    assertThat(store.find(LEBAK, "5d", 1)).isPresent();
  }
}
