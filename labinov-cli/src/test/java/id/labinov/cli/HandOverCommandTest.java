package id.labinov.cli;

import static id.labinov.cli.LabData.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code labinov handover}: a lab administrator hands an innovation over to a new owner (serah terima
 * pemilik inovasi); the sentence names both people, the new owner then acts on it and the one before
 * no longer does.
 */
class HandOverCommandTest {
  private static final String TITLE = "«Posyandu Digital»";

  @TempDir
  Path dir;
  CliRunner cli;
  Path csv;
  String ref;

  @BeforeEach
  void oneDinkesInnovationAndItsPeopleInTheDirectory() throws Exception {
    cli = new CliRunner(dir).migrated();
    Path names = dir.resolve("direktori.csv");
    Files.writeString(names, "kind,code,name\nopd,DINKES,Dinas Kesehatan\nopd,DISDIK,Dinas Pendidikan\n"
        + "person,asn-dinkes-017,Andi Pratama\nperson,asn-dinkes-044,Siti Rahmawati\nperson,asn-disdik-005,Budi Santoso\n"
        + "person,asn-dinkes-003,Dewi Lestari\n");
    ok(cli.admin("directory", "load", names.toString()));
    csv = dir.resolve("satu.csv");
    Files.writeString(csv, "title,opd,problem\nPosyandu Digital,DINKES,Antrean panjang di posyandu\n");
    CliRunner.Run imported = cli.as("asn-dinkes-017", "DINKES", "INNOVATOR", "import", csv.toString());
    assertThat(imported.code()).as(imported.toString()).isZero();
    ref = imported.ref();
    Files.writeString(dir.resolve("foto.jpg"), "foto kegiatan");
  }

  private CliRunner.Run attachAs(String person, String opd) {
    return cli.as(person, opd, "INNOVATOR", "attach", ref, "--kind", "PHOTO", "--file",
        dir.resolve("foto.jpg").toString(), "--lang", "en");
  }

  @Test
  void handsOverAndSaysSoWithTheNamesInIndonesian() {
    CliRunner.Run r = ok(cli.admin("handover", ref, "--to", "asn-dinkes-044", "--reason", "Mutasi ke Puskesmas"));

    assertThat(r.out()).isEqualTo(TITLE + " diserahterimakan dari Andi Pratama kepada Siti Rahmawati (versi 2).\n");
    assertThat(ok(cli.admin("report", "audit-trail", "--innovation", ref)).out()).contains("Serah terima pemilik")
        .contains("Mutasi ke Puskesmas");
  }

  @Test
  void movesWithTheNewOwnerToHisOpdInEnglish() {
    CliRunner.Run r = ok(cli.admin("handover", ref, "--to", "asn-disdik-005", "--opd", "DISDIK", "--reason",
        "Urusan pendidikan", "--lang", "en"));

    assertThat(r.out()).isEqualTo(TITLE + " is handed over from Andi Pratama to Budi Santoso and moves from "
        + "Dinas Kesehatan (DINKES) to Dinas Pendidikan (DISDIK) (version 2).\n");
    assertThat(attachAs("asn-disdik-005", "DISDIK").code()).as("the new owner acts as its proposer").isZero();
    CliRunner.Run old = attachAs("asn-dinkes-017", "DINKES");
    assertThat(old.code()).as(old.toString()).isEqualTo(ExitCodes.REFUSED);
    assertThat(old.out()).contains("This innovation belongs to DISDIK");
  }

  @Test
  void theOwnerBeforeNoLongerActsInTheSameOpd() {
    ok(cli.admin("handover", ref, "--to", "asn-dinkes-044", "--reason", "Pensiun"));

    assertThat(attachAs("asn-dinkes-044", "DINKES").code()).isZero();
    CliRunner.Run old = attachAs("asn-dinkes-017", "DINKES");
    assertThat(old.code()).isEqualTo(ExitCodes.REFUSED);
    assertThat(old.out()).contains("As an innovator you may act only on innovations you proposed or whose team lists you.");
  }

  @Test
  void onlyALabAdministratorHandsOverAndOnlyToSomeoneElseTheDirectoryKnows() {
    CliRunner.Run head = cli.as("kadinkes", "DINKES", "OPD_HEAD", "handover", ref, "--to", "asn-dinkes-044", "--reason",
        "x", "--lang", "en");
    assertThat(head.code()).as(head.toString()).isEqualTo(ExitCodes.REFUSED);
    assertThat(head.out()).contains("Action \"Hand over to a new owner\" is refused.")
        .contains("Only these roles may do this: Lab administrator.");

    CliRunner.Run stranger = cli.admin("handover", ref, "--to", "asn-tidak-ada", "--reason", "x");
    assertThat(stranger.code()).isEqualTo(ExitCodes.REFUSED);
    assertThat(stranger.out()).contains("Tindakan \"Serahkan kepada pemilik baru\" ditolak.")
        .contains("Pemilik baru asn-tidak-ada tidak terdaftar di direktori");

    CliRunner.Run same = cli.admin("handover", ref, "--to", "asn-dinkes-017", "--reason", "x", "--lang", "en");
    assertThat(same.code()).isEqualTo(ExitCodes.REFUSED);
    assertThat(same.out()).contains("asn-dinkes-017 already owns this innovation");

    ok(cli.admin("directory", "erase-person", "asn-dinkes-003"));
    CliRunner.Run erased = cli.admin("handover", ref, "--to", "asn-dinkes-003", "--reason", "x", "--lang", "en");
    assertThat(erased.code()).isEqualTo(ExitCodes.REFUSED);
    assertThat(erased.out()).contains("had their data erased at their request");
    assertThat(ok(cli.admin("show", ref)).out()).contains("versi 1");
  }

  @Test
  void importingTheSameFileAgainAfterAHandoverFindsTheInnovation() {
    ok(cli.admin("handover", ref, "--to", "asn-dinkes-044", "--reason", "Mutasi"));

    CliRunner.Run again = cli.as("asn-dinkes-017", "DINKES", "INNOVATOR", "import", csv.toString());

    assertThat(again.code()).as(again.toString()).isZero();
    assertThat(again.out()).contains("baris 2: sudah ada " + ref).contains("1 baris, 0 disimpan, 1 sudah ada");
  }

  @Test
  void theHelpDescribesTheCommandInBothLanguages() {
    assertThat(cli.raw("handover", "--help").out()).contains("Menyerahterimakan inovasi kepada pemilik baru")
        .contains("--to=PERSON").contains("--opd=OPD");
    assertThat(cli.raw("handover", "--help", "--lang", "en").out())
        .contains("Hands an innovation over to a new owner");
  }
}
