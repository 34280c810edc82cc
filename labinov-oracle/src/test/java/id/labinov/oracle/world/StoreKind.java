package id.labinov.oracle.world;

/** The stores the oracle compares reports on. */
public enum StoreKind {
  /** labinov-core's in-memory stores. */
  MEMORY(null, null),
  /** H2 in memory, through labinov-persistence-jdbc. */
  H2(null, "sa"),
  /** The PostgreSQL server on this machine (user postgres, trust, database test). */
  POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/test", "postgres"),
  /** The MariaDB server on this machine (user root, empty password, database test). */
  MARIADB("jdbc:mariadb://127.0.0.1:3306/test", "root");

  final String url;
  final String user;

  StoreKind(String url, String user) {
    this.url = url;
    this.user = user;
  }

  /** Tells whether this is a database server. */
  public boolean server() {
    return url != null;
  }
}
