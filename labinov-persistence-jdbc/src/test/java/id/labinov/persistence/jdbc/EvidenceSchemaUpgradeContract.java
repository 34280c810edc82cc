package id.labinov.persistence.jdbc;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database at schema version 7, with innovations, refusals and names in it, is migrated to
 * version 8 by the built-in migrator: it gains the evidence register's tables, keeps its data, and
 * the register works on it; the version 8 script may run again without changing anything. A
 * subclass per database names the database.
 */
abstract class EvidenceSchemaUpgradeContract {
  /** The tables version 8 adds, without the prefix. */
  static final java.util.List<String> VERSION_EIGHT_TABLES = java.util.List.of("evidence_document",
      "evidence_document_innovation", "evidence_attachment", "evidence_document_indicator", "evidence_claim",
      "evidence_claim_document", "evidence_change");

  /** Returns the database the tests run on. */
  abstract Backend.Kind kind();

  /**
   * Removes what version 8 added (its tables and its history row), which leaves exactly the tables
   * and rows version 7 had.
   */
  static void takeBackVersionEight(Statement st, String prefix) throws SQLException {
    for (String table : VERSION_EIGHT_TABLES) {
      st.execute("DROP TABLE " + prefix + table);
    }
    st.executeUpdate("DELETE FROM " + prefix + "schema_history WHERE version = 8");
  }
}
