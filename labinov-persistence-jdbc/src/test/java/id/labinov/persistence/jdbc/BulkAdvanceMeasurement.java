package id.labinov.persistence.jdbc;

import id.labinov.core.Labinov;
import id.labinov.core.engine.BulkItem;
import id.labinov.core.engine.BulkOptions;
import id.labinov.core.engine.BulkResult;
import id.labinov.core.engine.ImportItem;
import id.labinov.core.engine.ImportOptions;
import id.labinov.core.engine.ImportResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.model.Role;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test: the rough measurement of the bulk path (STATEMENTS.md). Run from the module directory
 * after {@code test-compile}:
 * {@code java -cp target/classes:target/test-classes:<core classes and test classes, drivers, HikariCP, JUnit> id.labinov.persistence.jdbc.BulkAdvanceMeasurement [postgresql|mariadb|h2] [innovations] [rounds]}.
 *
 * <p>One thread, a pool of four. Each round prepares {@code innovations} innovations ready for
 * DIAGNOSE twice (imported, then their commitment letters and approvals through the bulk calls; not
 * measured) and moves them DRUM_UP → DIAGNOSE: one set one transaction per move (a loop of
 * {@code advance}), the other through {@code advanceAll} in chunks of 100, 500 and 1,000; the
 * methods' order turns round by round, so JIT warm-up and machine load fall on all alike. Prints
 * each method's median time per item over the measured rounds (the first round is warm-up). On
 * PostgreSQL the tables are analysed before each timed set: on tables just filled, the planner has
 * no statistics, the generic plans that server-prepared statements cache after five uses scan the
 * whole table, and every update's cost grows with the table, for both methods alike.
 */
final class BulkAdvanceMeasurement {
  private static final int[] CHUNKS = {100, 500, 1000};

  private BulkAdvanceMeasurement() {}

  public static void main(String[] args) {
    String db = args.length > 0 ? args[0] : "postgresql";
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    Backend.Kind kind = switch (db) {
      case "h2" -> Backend.Kind.H2;
      case "mariadb" -> Backend.Kind.MARIADB;
      default -> Backend.Kind.POSTGRESQL;
    };
    System.out.printf("load average at start %.2f, %d cores, Java %s, %s, %d innovations, %d rounds (1 warm-up)%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), kind, n, rounds);
    try (Backend backend = Backend.open(kind, 4)) {
      JdbcStorage storage = backend.storage();
      Labinov lab = Fixtures.lab(storage.innovationStore(), storage.rulebookStore(),
          new Fixtures.TickingClock(Fixtures.START), 21);
      int methods = 1 + CHUNKS.length;
      double[][] perItem = new double[methods][rounds - 1];
      for (int r = 0; r < rounds; r++) {
        for (int k = 0; k < methods; k++) {
          int m = (k + r) % methods;
          List<InnovationRef> refs = ready(lab, n, r * methods + m);
          if (kind == Backend.Kind.POSTGRESQL) {
            // fresh tables: without statistics, the generic plans pgjdbc's server-prepared statements
            // cache are sequential scans, and every update's cost grows with the table (both methods)
            backend.update("ANALYZE");
          }
          long t0 = System.nanoTime();
          if (m == 0) {
            for (InnovationRef ref : refs) {
              lab.innovations().advance(ref, Fixtures.INNOVATOR, "DIAGNOSE", Options.none()).orThrow();
            }
          } else {
            check(lab.innovations().advanceAll(refs.stream().map(BulkItem::of).toList(), Fixtures.INNOVATOR, "DIAGNOSE",
                BulkOptions.defaults().withChunkSize(CHUNKS[m - 1])));
          }
          double ms = (System.nanoTime() - t0) / 1e6 / n;
          if (r > 0) {
            perItem[m][r - 1] = ms;
          }
          System.out.printf("round %d %-32s %.3f ms per item%n", r, name(m), ms);
        }
      }
      double single = median(perItem[0]);
      for (int m = 0; m < methods; m++) {
        double med = median(perItem[m]);
        System.out.printf("%-32s median %.3f ms per item, %6.0f items/s, %.1f× one transaction per move%n", name(m), med,
            1000 / med, single / med);
      }
    }
    System.out.printf("load average at end %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static String name(int m) {
    return m == 0 ? "one transaction per move" : "advanceAll, chunks of " + CHUNKS[m - 1];
  }

  /** Imports {@code n} innovations and makes them ready for DIAGNOSE through the bulk calls. */
  private static List<InnovationRef> ready(Labinov lab, int n, int batch) {
    List<ImportItem> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      items.add(ImportItem.of(Fixtures.LEBAK, Fixtures.INNOVATOR, Fixtures.details("Massal " + batch + "-" + i)));
    }
    List<InnovationRef> refs = new ArrayList<>(n);
    for (ImportResult r : lab.innovations().importInnovations(items, ImportOptions.eachOnItsOwn())) {
      refs.add(r.ref());
    }
    List<BulkItem<id.labinov.core.model.EvidenceRef>> letters = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      letters.add(BulkItem.of(refs.get(i), Fixtures.evidence("COMMITMENT_LETTER", (long) batch * n + i)));
    }
    check(lab.innovations().attachEvidenceAll(letters, Fixtures.INNOVATOR, BulkOptions.defaults()));
    check(lab.innovations().approveAll(refs.stream().map(BulkItem::of).toList(), Fixtures.HEAD, Role.OPD_HEAD, null,
        BulkOptions.defaults()));
    return refs;
  }

  private static void check(List<BulkResult> results) {
    for (BulkResult r : results) {
      if (r.outcome() != BulkResult.Outcome.ACCEPTED) {
        throw new IllegalStateException("bulk item not accepted: " + r);
      }
    }
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
