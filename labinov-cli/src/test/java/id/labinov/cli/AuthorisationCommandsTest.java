package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks once accepted through the tool, each refused now: an innovator or OPD head of another
 * OPD acting on a DINKES innovation, and an operator configured for 36.02 reading or writing 33.03.
 * The tool guards its operator against mistakes; the same policy as the library's decides commands.
 */
class AuthorisationCommandsTest {
  @TempDir
  Path dir;
  CliRunner cli;
  String lebak;
  String purbalingga;

  @BeforeEach
  void oneDinkesInnovationInEachRegion() throws Exception {
    cli = new CliRunner(dir).migrated();
    Path f = dir.resolve("satu.csv");
    Files.writeString(f, "title,opd,problem\nPosyandu Digital,DINKES,Antrean panjang di posyandu\n");
    CliRunner.Run a = cli.as("asn-dinkes-017", "DINKES", "INNOVATOR", "import", f.toString());
    assertThat(a.code()).as(a.toString()).isZero();
    lebak = a.ref();
    CliRunner.Run b = in("33.03", "admin-purbalingga", "BAPPEDA", "LAB_ADMIN", "import", f.toString());
    assertThat(b.code()).as(b.toString()).isZero();
    purbalingga = b.ref();
    assertThat(purbalingga).startsWith("33.03/");
  }

  /** Runs as someone working in another region. */
  private CliRunner.Run in(String region, String person, String opd, String roles, String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.addAll(List.of("--actor", person, "--roles", roles, "--actor-opd", opd, "--region", region));
    return cli.run(all.toArray(String[]::new));
  }

  /** Asserts a refusal (exit 1) whose printed reason contains the text (people read reasons, not codes). */
  private static void refused(CliRunner.Run r, String reason) {
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out() + r.err()).as(r.toString()).contains(reason);
  }

  private static final String NOT_OWN_OPD = "This innovation belongs to DINKES; from DISDIK you may act only on your "
      + "own OPD's innovations.";

  @Test
  void anInnovatorOfDisdikCannotDropAttachToOrAdvanceADinkesInnovation() throws Exception {
    Files.writeString(dir.resolve("foto.jpg"), "foto");
    refused(cli.as("inno-disdik-9", "DISDIK", "INNOVATOR", "drop", lebak, "--reason", "x", "--lang", "en"),
        NOT_OWN_OPD);
    refused(cli.as("inno-disdik-9", "DISDIK", "INNOVATOR", "attach", lebak, "--kind", "PHOTO", "--file",
        dir.resolve("foto.jpg").toString(), "--lang", "en"), NOT_OWN_OPD);
    refused(cli.as("inno-disdik-9", "DISDIK", "INNOVATOR", "advance", lebak, "--to", "DIAGNOSE", "--lang", "en"),
        NOT_OWN_OPD);
    assertThat(cli.admin("show", lebak).out()).contains("versi 1");
  }

  @Test
  void theHeadOfDisdikCannotHoldResumeOrDropIt() {
    refused(cli.as("kadisdik", "DISDIK", "OPD_HEAD", "hold", lebak, "--reason", "x", "--lang", "en"), NOT_OWN_OPD);
    assertThat(cli.as("kadinkes", "DINKES", "OPD_HEAD", "hold", lebak, "--reason", "anggaran").code()).isZero();
    refused(cli.as("kadisdik", "DISDIK", "OPD_HEAD", "resume", lebak, "--lang", "en"), NOT_OWN_OPD);
    refused(cli.as("kadisdik", "DISDIK", "OPD_HEAD", "drop", lebak, "--reason", "x", "--lang", "en"), NOT_OWN_OPD);
  }

  @Test
  void anOperatorOfLebakNeitherReadsNorWritesPurbalinggasInnovations() {
    for (CliRunner.Run r : List.of(cli.admin("show", purbalingga, "--lang", "en"),
        cli.admin("hold", purbalingga, "--reason", "x", "--lang", "en"),
        cli.admin("report", "audit-trail", "--innovation", purbalingga, "--lang", "en"),
        cli.admin("verify", purbalingga, "--lang", "en"))) {
      assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err()).contains("outside the configured working scope (36.02)");
    }
    for (CliRunner.Run r : List.of(cli.admin("list", "--scope", "national", "--lang", "en"),
        cli.admin("export-hashes", "--scope", "national", "--lang", "en"),
        cli.admin("list", "--scope", "33", "--lang", "en"))) {
      assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err()).contains("wider than the configured working scope (36.02)");
    }
    assertThat(in("33.03", "admin-purbalingga", "BAPPEDA", "LAB_ADMIN", "show", purbalingga).code()).isZero();
    assertThat(cli.admin("list").err()).contains("1 inovasi.");
  }

  @Test
  void aNationalAuditorReadsEveryRegionButChangesNothing() {
    List<String> national = List.of("--actor", "auditor-kemendagri", "--roles", "COACH", "--actor-opd", "KEMENDAGRI",
        "--actor-scope", "national");
    CliRunner.Run list = cli.run(with(national, "list", "--scope", "national"));
    assertThat(list.code()).as(list.toString()).isZero();
    assertThat(list.err()).contains("2 inovasi.");
    refused(cli.run(with(national, "hold", purbalingga, "--reason", "x", "--lang", "en")), "National users may read innovations but not change them.");
  }

  @Test
  void withoutAConfiguredScopeTheToolSaysWhatToAdd() {
    CliRunner.Run r = cli.run("list", "--lang", "en");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("No working scope is configured").contains("--region");
  }

  @Test
  void aLabAdministratorMovesTheInnovationToAnotherOpdAndTheHistoryShowsIt() {
    refused(cli.as("kadinkes", "DINKES", "OPD_HEAD", "change-opd", lebak, "--to-opd", "DISDIK", "--reason", "x",
        "--lang", "en"), "Only these roles may do this: Lab administrator.");
    CliRunner.Run moved = cli.admin("change-opd", lebak, "--to-opd", "DISDIK", "--reason", "reorganisasi dinas");
    assertThat(moved.code()).as(moved.toString()).isZero();
    CliRunner.Run audit = cli.admin("report", "audit-trail", "--innovation", lebak);
    assertThat(audit.out()).contains("Pindah OPD").contains("reorganisasi dinas");
    assertThat(cli.as("kadisdik", "DISDIK", "OPD_HEAD", "hold", lebak, "--reason", "evaluasi").code()).isZero();
  }

  private static String[] with(List<String> options, String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.addAll(options);
    return all.toArray(String[]::new);
  }
}
