package id.labinov.cli;

import id.labinov.core.Labinov;
import id.labinov.core.model.Actor;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.programme.Programme;
import id.labinov.core.programme.ProgrammeDecision;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.persistence.jdbc.JdbcStorage;

/**
 * The library's facade on a test's H2 file, as an application embedding labinov would open it:
 * programmes and scores entered here are what the tool then reports from the same database.
 */
final class Facade implements AutoCloseable {
  static final Actor ADMIN = Actor.of("admin-bappeda", "BAPPEDA", Role.LAB_ADMIN).in(RegionCode.parse("36.02"));
  static final String PROGRAMME = "lebak-2026";

  private final SimpleDataSource dataSource;
  final Labinov lab;

  Facade(CliRunner cli) {
    dataSource = new SimpleDataSource(cli.url, "sa", "");
    JdbcStorage storage = JdbcStorage.builder().dataSource(dataSource).migrate(false).build();
    lab = Labinov.builder().clock(CliRunner.CLOCK)
        .innovationStore(storage.innovationStore())
        .rulebookStore(storage.rulebookStore())
        .programmeStore(storage.programmeStore())
        .evaluationStore(storage.evaluationStore())
        .evidenceRegisterStore(storage.evidenceRegister())
        .claimVerificationStore(storage.claimVerifications())
        .cycleStore(storage.cycle())
        .build();
  }

  /** Opens programme {@value #PROGRAMME} in 36.02 for DINKES and DISDIK, DRUM_UP open on the test clock's day. */
  Programme openProgramme() {
    ProgrammeDecision d = lab.programmes().open(ADMIN, Programme.builder()
        .region(RegionCode.parse("36.02"))
        .id(PROGRAMME)
        .year(2026)
        .name("Laboratorium Inovasi Kabupaten Lebak 2026")
        .organisingUnit("BAPPEDA")
        .participants("DINKES", "DISDIK")
        .coaches("coach-lan-01")
        .target(5)
        .timeZone(IndonesianTimeZone.WIB)
        .rulebook("5d", 1)
        .phase("DRUM_UP", PhaseWindow.of("2026-02-02", "2026-04-01"))
        .phase("DIAGNOSE", PhaseWindow.of("2026-04-01", "2026-06-01"))
        .phase("DESIGN", PhaseWindow.of("2026-06-01", "2026-08-01"))
        .phase("DELIVER", PhaseWindow.of("2026-08-01", "2026-11-02"))
        .phase("DISPLAY", PhaseWindow.of("2026-11-02", "2026-12-01"))
        .build());
    if (!d.accepted()) {
      throw new AssertionError(d.verdict().describe(java.util.Locale.ENGLISH));
    }
    return d.findProgramme().orElseThrow();
  }

  @Override
  public void close() {
    dataSource.shutdown();
  }
}
