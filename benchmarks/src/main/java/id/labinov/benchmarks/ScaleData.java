package id.labinov.benchmarks;

import id.labinov.core.Labinov;
import id.labinov.core.engine.Options;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Large data sets for the scale suites, written through labinov's public API. */
public final class ScaleData {
  private static final String[] OPDS = {"DINKES", "DISDIK", "DPMPTSP", "BAPPEDA", "DISHUB", "KEC-RANGKASBITUNG"};

  private ScaleData() {}

  /**
   * Imports {@code count} proposals, {@code chunk} per transaction: a facade on
   * {@code inTransaction(connection)} proposes each (decide, then append), the caller commits.
   * labinov has no batch-import API yet, so this is the per-innovation append path.
   *
   * @param lab the storage
   * @param count how many
   * @param chunk proposals per transaction
   * @param seed the id generator's seed
   * @return how many were imported
   */
  public static int importProposals(LabinovJdbc lab, int count, int chunk, long seed) {
    int done = 0;
    while (done < count) {
      int n = Math.min(chunk, count - done);
      try (Connection c = lab.ds.getConnection()) {
        c.setAutoCommit(false);
        Labinov tx = Labinov.builder().clock(lab.lab.clock()).ids(LabinovLifecycle.ids(seed + done))
            .innovationStore(lab.storage.innovationStore().inTransaction(c))
            .rulebookStore(lab.storage.rulebookStore()).rulebook(LabinovLifecycle.RULEBOOK).build();
        for (int i = 0; i < n; i++) {
          int k = done + i;
          InnovationDetails d = LabinovLifecycle.PROPOSED.withTitle(OneLifecycle.TITLE + " " + k)
              .withOpd(OpdCode.of(OPDS[k % OPDS.length]));
          tx.innovations().propose(LabinovLifecycle.REGION, LabinovLifecycle.ADMIN, d, null, Options.none()).orThrow();
        }
        c.commit();
      } catch (SQLException e) {
        throw new IllegalStateException("import failed after " + done, e);
      }
      done += n;
    }
    return done;
  }

  /**
   * Imports {@code count} proposals through the JDBC module's batch-import API
   * ({@code lab.innovations().importInnovations}: each item decided first, then written by the store's {@code appendAll} in JDBC batches of
   * {@code chunk}, one transaction).
   *
   * @param lab the storage
   * @param count how many
   * @param chunk the batch size
   * @param seed the id generator's seed
   * @return how many were written
   */
  public static int importBatch(LabinovJdbc lab, int count, int chunk, long seed) {
    java.util.List<id.labinov.core.engine.ImportItem> items = new java.util.ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      items.add(id.labinov.core.engine.ImportItem.of(LabinovLifecycle.REGION, LabinovLifecycle.ADMIN,
          LabinovLifecycle.PROPOSED.withTitle(OneLifecycle.TITLE + " " + k).withOpd(OpdCode.of(OPDS[k % OPDS.length]))));
    }
    id.labinov.persistence.jdbc.JdbcStorage batched = id.labinov.persistence.jdbc.JdbcStorage.builder().dataSource(lab.ds)
        .tablePrefix(lab.storage.tablePrefix()).migrate(false).batchSize(chunk).build();
    Labinov importer = Labinov.builder().clock(lab.lab.clock()).ids(LabinovLifecycle.ids(seed))
        .innovationStore(batched.innovationStore()).rulebookStore(batched.rulebookStore())
        .rulebook(LabinovLifecycle.RULEBOOK).build();
    int written = 0;
    for (var r : importer.innovations().importInnovations(items, id.labinov.core.engine.ImportOptions.eachOnItsOwn())) {
      if (!r.written()) {
        throw new IllegalStateException("item " + r.index() + " not written: " + r.outcome());
      }
      written++;
    }
    return written;
  }

  /**
   * Counts the innovations stored.
   *
   * @param lab the storage
   * @return the row count of the state table
   */
  public static long count(LabinovJdbc lab) {
    try (Connection c = lab.ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + lab.storage.tablePrefix() + "innovation")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Grows the state table to {@code target} rows on PostgreSQL by copying rows labinov wrote, each
   * copy with a new version 7 id (also inside its state JSON). Only the state table is copied (no
   * history): the summary reads states, never events. Used because proposing a million innovations
   * one by one takes hours on the shared benchmark machine.
   *
   * @param lab the storage
   * @param target the row count wanted
   */
  public static void copyOnPostgres(LabinovJdbc lab, long target) {
    String t = lab.storage.tablePrefix() + "innovation";
    try (Connection c = lab.ds.getConnection(); Statement s = c.createStatement()) {
      long have = count(lab);
      long round = 0;
      while (have < target) {
        long add = Math.min(have, target - have);
        round++;
        // id: keep the time part (first 15 hex digits incl. the version nibble), new random bits from md5
        s.executeUpdate("INSERT INTO " + t + " (id, region, version, title, title_search, opd, bentuk, jenis, stage,"
            + " status, programme_id, rulebook_id, rulebook_version, stage_entered_at, proposed_at, last_changed_at,"
            + " last_hash, state_json) SELECT n.nid, x.region, x.version, x.title, x.title_search, x.opd, x.bentuk,"
            + " x.jenis, x.stage, x.status, x.programme_id, x.rulebook_id, x.rulebook_version, x.stage_entered_at,"
            + " x.proposed_at, x.last_changed_at, x.last_hash, replace(x.state_json, x.id, n.nid) FROM (SELECT * FROM "
            + t + " ORDER BY id LIMIT " + add + ") x CROSS JOIN LATERAL (SELECT substr(x.id, 1, 19) || '8'"
            + " || substr(md5(x.id || '" + round + "'), 1, 3) || '-' || substr(md5(x.id || '" + round + "'), 4, 12)"
            + " AS nid) n");
        have = count(lab);
      }
      s.execute("ANALYZE " + t);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot grow " + t + ": " + e.getMessage(), e);
    }
  }
}
