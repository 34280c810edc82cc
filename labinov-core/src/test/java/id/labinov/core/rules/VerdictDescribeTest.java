package id.labinov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.i18n.Messages;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Role;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How a verdict reads for a person (issue 19): each line in one language, no raw codes, actions and
 * transitions by their labels, should-meet rules worded as advice.
 */
class VerdictDescribeTest {
  private static final Rulebook FIVE_D = Rulebooks.fiveD();
  private static final Instant NOW = Instant.parse("2019-12-12T02:00:00Z");
  private static final RuleContext CONTEXT = RuleContext.of(NOW, ZoneId.of("Asia/Jakarta"));

  /** The 5D gate into DISPLAY checked for an innovation on hold without report, photo, approval or results. */
  private static Verdict displayWhileOnHold() {
    Facts facts = SimpleFacts.builder().stage("DELIVER").status(InnovationStatus.ON_HOLD)
        .stageEnteredAt(Instant.parse("2019-07-01T02:00:00Z"))
        .actor(Actor.of("admin-bappeda-01", "BAPPEDA", Role.LAB_ADMIN)).build();
    return Rulebooks.check(FIVE_D, "deliver-to-display", facts, CONTEXT);
  }

  @Test
  void namesTheTransitionByItsLabelAndEachReasonWithoutItsCode() {
    Verdict v = displayWhileOnHold();

    assertThat(v.describe(Messages.INDONESIAN, FIVE_D)).isEqualTo("""
        Perpindahan "Lanjut ke Display" ditolak.
          [wajib] "Lanjut ke Display" memerlukan status Aktif, tetapi inovasi berstatus Ditunda.
          [wajib] Bukti dukung laporan pelaksanaan: 0 terlampir, paling sedikit 1.
          [sebaiknya] Bukti dukung foto kegiatan sebaiknya dilampirkan paling sedikit 1; yang terlampir 0.
          [wajib] Persetujuan oleh Kepala OPD pada tahap ini: 0, paling sedikit 1.
          [sebaiknya] Hasil sebaiknya diisi.""");
    assertThat(v.describe(Locale.ENGLISH, FIVE_D)).isEqualTo("""
        Transition "Advance to Display" is refused.
          [must] "Advance to Display" needs status Active, but the innovation is On hold.
          [must] Evidence (implementation report): 0 attached, at least 1 needed.
          [should] Evidence (photo): 0 attached; at least 1 should be attached.
          [must] Approvals by Head of OPD in this stage: 0, at least 1 needed.
          [should] Results should be filled in.""");
  }

  @Test
  void keepsTheCodesForMachines() {
    Verdict v = displayWhileOnHold();

    assertThat(v.codes()).containsExactly("WRONG_STATUS", "EVIDENCE_MISSING", "EVIDENCE_MISSING", "APPROVALS_MISSING",
        "FIELD_REQUIRED");
    assertThat(v.describe(Messages.INDONESIAN)).doesNotContain(v.codes().toArray(String[]::new));
    assertThat(v.describe(Locale.ENGLISH)).doesNotContain(v.codes().toArray(String[]::new));
  }

  @Test
  void showsTheTransitionIdWithoutARulebook() {
    assertThat(displayWhileOnHold().describe(Messages.INDONESIAN)).startsWith("Perpindahan \"deliver-to-display\" ditolak.");
  }

  @Test
  void namesAKindOfMoveThatNoTransitionMakes() {
    Violation none = new Violation("NO_TRANSITION", Severity.MUST, "command", "violation.NO_TRANSITION",
        List.of("ADVANCE -> DISPLAY", "DRUM_UP", "5d@1"));
    Verdict v = new Verdict("advance", List.of(none), List.of());

    assertThat(v.describe(Messages.INDONESIAN, FIVE_D)).startsWith("Perpindahan \"Lanjut\" ditolak.\n  [wajib] Buku "
        + "aturan 5d@1 tidak memiliki perpindahan ADVANCE -> DISPLAY dari tahap Drum-up (membangun semangat dan "
        + "komitmen berinovasi).");
    assertThat(v.describe(Locale.ENGLISH, FIVE_D)).startsWith("Transition \"Advance\" is refused.");
  }

  @Test
  void namesAnActionByItsLabelInEachLanguage() {
    Violation conflict = new Violation("CONFLICT_OF_INTEREST_OPD", Severity.MUST, "evaluation",
        "violation.CONFLICT_OF_INTEREST_OPD", List.of("INSPEKTORAT"));
    Verdict v = new Verdict("score", List.of(conflict), List.of());

    assertThat(v.describe(Messages.INDONESIAN)).isEqualTo("Tindakan \"Beri nilai\" ditolak.\n  [wajib] Konflik "
        + "kepentingan: Anda berasal dari INSPEKTORAT, OPD inovasi ini sendiri. Penilai lain harus menilainya.");
    assertThat(v.describe(Locale.ENGLISH)).startsWith("Action \"Submit scores\" is refused.\n  [must] ");
  }

  @Test
  void labelsEveryActionInBothLanguages() {
    assertThat(Verdict.ACTIONS).allSatisfy(a -> assertThat(Messages.isDefined("action." + a)).as(a).isTrue());
  }

  @Test
  void readsAlternativeStatusesAsAChoice() {
    Violation wrongStatus = new Violation("WRONG_STATUS", Severity.MUST, "status", "violation.WRONG_STATUS.rule",
        List.of("DROPPED", "ACTIVE|ON_HOLD"));

    assertThat(wrongStatus.message(Messages.INDONESIAN))
        .isEqualTo("Tindakan ini memerlukan status Aktif atau Ditunda, tetapi inovasi berstatus Dihentikan.");
    assertThat(wrongStatus.message(Locale.ENGLISH))
        .isEqualTo("This action needs the status Active or On hold, but the innovation is Dropped.");
  }
}
