package id.labinov.core.internal.codec;

import id.labinov.core.engine.Approval;
import id.labinov.core.engine.Command;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Request;
import id.labinov.core.engine.StageVisit;
import id.labinov.core.event.ApprovalRecorded;
import id.labinov.core.event.Condition;
import id.labinov.core.event.ConditionCleared;
import id.labinov.core.event.DetailsUpdated;
import id.labinov.core.event.Dropped;
import id.labinov.core.event.EventMetadata;
import id.labinov.core.event.EvidenceAttached;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.InnovationProposed;
import id.labinov.core.event.PutOnHold;
import id.labinov.core.event.Reopened;
import id.labinov.core.event.Resumed;
import id.labinov.core.event.ReturnedForRework;
import id.labinov.core.event.RulebookMigrated;
import id.labinov.core.event.StageAdvanced;
import id.labinov.core.event.StageAdvancedConditionally;
import id.labinov.core.event.UnknownEvent;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.GovernmentAffair;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.InitiatorType;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.ReplicationSource;
import id.labinov.core.model.Role;
import id.labinov.core.model.Theme;
import id.labinov.core.programme.Programme;
import id.labinov.core.programme.ProgrammeStatus;
import id.labinov.core.rules.HoldPeriod;
import id.labinov.core.rules.PhaseWindow;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Fixed values whose stored forms were written by the codecs before the codec layer (commit
 * 0fb97fc: {@code event.EventCodec}, the JDBC module's {@code StateCodec} and {@code Json}) and kept
 * under {@code pinned/} as test resources. The same source compiled against that commit generated
 * the files, so the values here are exactly the ones the old code encoded. Change nothing here
 * without regenerating from the old code.
 */
final class PinnedCases {
  static final RegionCode LEBAK = RegionCode.parse("36.02");
  static final RegionCode JAYAPURA = RegionCode.parse("91.71");
  static final InnovationId ID = InnovationId.parse("018e0a1b-2c3d-7e4f-8a9b-0c1d2e3f4a5b");
  static final InnovationId OTHER = InnovationId.parse("018d0000-0000-7000-8000-000000000001");
  static final Instant T = Instant.parse("2024-03-04T02:00:00.123456Z");
  private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private PinnedCases() {}

  static InnovationDetails fullDetails() {
    return new InnovationDetails("Layanan \"Cepat\" \\ İstanbul ✓ 😀 \u0001\u2028 é/ü", OpdCode.of("DINKES"),
        Bentuk.PELAYANAN_PUBLIK, Jenis.DIGITAL, InitiatorType.ASN, GovernmentAffair.KESEHATAN,
        Set.of(Theme.of("STUNTING"), Theme.of("KOTA_LAYAK_ANAK")),
        Map.of(InnovationDetails.PROBLEM, "Cakupan imunisasi rendah — \"jarak\" jauh;\nibu hamil.\ttab",
            InnovationDetails.IDEA_SUMMARY, "Pengingat é lewat WhatsApp \u001F \\u0000 \uD83D\uDE00",
            "catatanLain", "\b\f\u007f\u0080\u00ff\u2028\uFEFF"),
        new ReplicationSource(JAYAPURA, OTHER));
  }

  static InnovationDetails minimalDetails() {
    return InnovationDetails.titled("Minimal");
  }

  static EvidenceRef evidence(String kind, long size) {
    return new EvidenceRef(EvidenceKind.of(kind), URI.create("https://arsip.lebakkab.go.id/berkas/" + kind.toLowerCase()
        + ".pdf?v=1&x=%20"), SHA, "application/pdf", size);
  }

  private static EventMetadata meta(long sequence, String key) {
    return new EventMetadata(UUID.fromString("018e0a1b-2c3d-7e4f-8a9b-00000000001" + (sequence % 10)), LEBAK, ID,
        sequence, T.plusSeconds(sequence * 3600), PersonId.of("asn-dinkes-017"), "5d", 2, key);
  }

  /** One or more events of every type, by a file name. */
  static Map<String, InnovationEvent> events() {
    Map<String, InnovationEvent> m = new LinkedHashMap<>();
    m.put("01-proposed-full", new InnovationProposed(meta(1, "form-1 ✓"), fullDetails(), "pekan-2024", "DRUM_UP"));
    m.put("02-proposed-minimal", new InnovationProposed(meta(1, null), minimalDetails(), null, "DRUM_UP"));
    m.put("03-details-updated", new DetailsUpdated(meta(2, null), fullDetails().withText("goals", "Turun 10%")));
    m.put("04-evidence", new EvidenceAttached(meta(3, null), evidence("COMMITMENT_LETTER", Long.MAX_VALUE - 7)));
    m.put("05-approval-note", new ApprovalRecorded(meta(4, null), Role.OPD_HEAD, "Kami berkomitmen — \"ya\""));
    m.put("06-approval", new ApprovalRecorded(meta(4, null), Role.COACH, null));
    m.put("07-advanced", new StageAdvanced(meta(5, null), "drum-up-to-diagnose", "DRUM_UP", "DIAGNOSE"));
    m.put("08-advanced-conditionally", new StageAdvancedConditionally(meta(6, "adv-6"), "design-to-deliver-conditional",
        "DESIGN", "DELIVER", List.of(new Condition("c6-1", "Lengkapi SK"), new Condition("c6-2", "Unggah foto 📷"))));
    m.put("09-condition-cleared", new ConditionCleared(meta(7, null), "c6-1", "SK terbit"));
    m.put("10-condition-cleared-bare", new ConditionCleared(meta(7, null), "c6-2", null));
    m.put("11-returned", new ReturnedForRework(meta(8, null), "return-to-design", "DELIVER", "DESIGN", "Direvisi"));
    m.put("12-on-hold", new PutOnHold(meta(9, null), "Pilkada"));
    m.put("13-resumed", new Resumed(meta(10, null), "Lanjut"));
    m.put("14-resumed-bare", new Resumed(meta(10, null), null));
    m.put("15-dropped", new Dropped(meta(11, null), "Tidak ada anggaran"));
    m.put("16-reopened", new Reopened(meta(12, null), "Anggaran perubahan"));
    m.put("17-migrated", new RulebookMigrated(meta(13, "mig-1"), "5d", 1));
    m.put("18-unknown", new UnknownEvent(meta(14, null), "ScoreRecorded",
        "{\"a\":[1,2.50,null,true,-0.0,1e400],\"z\":\"x\\u0001é\"}"));
    return m;
  }

  /** Innovation states, by a file name. */
  static Map<String, InnovationState> states() {
    Map<String, InnovationState> m = new LinkedHashMap<>();
    m.put("01-rich", new InnovationState(JAYAPURA, ID, "5d", 3, "prog-2026", fullDetails(), "DESIGN",
        InnovationStatus.ON_HOLD, List.of(new Approval(PersonId.of("kadis"), Role.OPD_HEAD, T)),
        List.of(new Condition("c4-1", "Lengkapi SK ✓")),
        List.of(evidence("ACTION_PLAN", 3), evidence("PHOTO", Long.MAX_VALUE - 1000)),
        List.of(new StageVisit("DRUM_UP", T.minusSeconds(99_999), T.minusSeconds(50_000), List.of()),
            new StageVisit("DESIGN", T.minusSeconds(50_000), null,
                List.of(new HoldPeriod(T.minusSeconds(40_000), T.minusSeconds(30_000)), new HoldPeriod(T, null)))),
        PersonId.of("asn-1"), T.minusSeconds(99_999), T, 12));
    m.put("02-minimal", new InnovationState(LEBAK, OTHER, "5d", 1, null, minimalDetails(), "DRUM_UP",
        InnovationStatus.ACTIVE, List.of(), List.of(), List.of(), List.of(new StageVisit("DRUM_UP", T, null, List.of())),
        PersonId.of("p"), T, T, 1));
    m.put("03-dropped", new InnovationState(LEBAK, ID, "5d-plus-1", 7, null,
        minimalDetails().withOpd(OpdCode.of("DISDIK")).withClassification(Bentuk.TATA_KELOLA_PEMERINTAHAN, null), "DIAGNOSE",
        InnovationStatus.DROPPED, List.of(new Approval(PersonId.of("coach-1"), Role.COACH, T.plusNanos(1000))),
        List.of(), List.of(evidence("PHOTO", 0)),
        List.of(new StageVisit("DRUM_UP", T, T.plusSeconds(86_400), List.of()),
            new StageVisit("DIAGNOSE", T.plusSeconds(86_400), null, List.of())),
        PersonId.of("asn-2"), T, T.plusSeconds(90_000), 5));
    return m;
  }

  /** Programmes, by a file name. */
  static Map<String, Programme> programmes() {
    Map<String, PhaseWindow> schedule = new LinkedHashMap<>();
    schedule.put("DRUM_UP", PhaseWindow.of("2019-01-14", "2019-02-01"));
    schedule.put("DIAGNOSE", PhaseWindow.of("2019-02-01", "2019-03-01"));
    schedule.put("DESIGN", PhaseWindow.of("2019-03-01", "2019-05-01"));
    Map<String, Programme> m = new LinkedHashMap<>();
    m.put("01-open", new Programme(LEBAK, "lebak-2019", 2019, "Laboratorium Inovasi Kabupaten Lebak 2019 — \"Cerdas\"",
        OpdCode.of("BAPPEDA"), Set.of(OpdCode.of("DISDIK"), OpdCode.of("DINKES")),
        Set.of(PersonId.of("coach-lan-03"), PersonId.of("coach-lan-01")), 64, IndonesianTimeZone.WIB, "5d", 1, schedule,
        ProgrammeStatus.OPEN, T, null, 3));
    m.put("02-closed", new Programme(JAYAPURA, "jayapura-2026", 2026, "Labinov Kota Jayapura", OpdCode.of("BRIDA"),
        Set.of(), Set.of(), 1, IndonesianTimeZone.WIT, "5d-plus-1", 2, Map.of(), ProgrammeStatus.CLOSED, T,
        T.plusSeconds(1_000_000), 9));
    return m;
  }

  /** Score maps of evaluation rows, by a file name. */
  static Map<String, Map<String, BigDecimal>> scores() {
    Map<String, Map<String, BigDecimal>> m = new LinkedHashMap<>();
    Map<String, BigDecimal> a = new TreeMap<>();
    a.put("KEBARUAN", new BigDecimal("3.50"));
    a.put("MANFAAT", new BigDecimal("4"));
    a.put("RISIKO", new BigDecimal("-0.125"));
    a.put("TINY", new BigDecimal("0.0000001"));
    a.put("TENS", new BigDecimal("1E+1"));
    m.put("01-mixed", a);
    m.put("02-empty", new TreeMap<>());
    return m;
  }

  /**
   * {@link #fullDetails()} as a user may enter it since control characters other than tab and line
   * breaks are refused on input: the request pins {@code propose} and {@code update} were written
   * again for these details (a request holding a control character can no longer be made, so no
   * stored idempotency row can be matched by one).
   */
  static InnovationDetails enteredDetails() {
    return new InnovationDetails("Layanan \"Cepat\" \\ İstanbul ✓ 😀 \u2028 é/ü", OpdCode.of("DINKES"),
        Bentuk.PELAYANAN_PUBLIK, Jenis.DIGITAL, InitiatorType.ASN, GovernmentAffair.KESEHATAN,
        Set.of(Theme.of("STUNTING"), Theme.of("KOTA_LAYAK_ANAK")),
        Map.of(InnovationDetails.PROBLEM, "Cakupan imunisasi rendah — \"jarak\" jauh;\nibu hamil.\ttab",
            InnovationDetails.IDEA_SUMMARY, "Pengingat é lewat WhatsApp \\u0000 \uD83D\uDE00",
            "catatanLain", "\u007f\u0080\u00ff\u2028\uFEFF"),
        new ReplicationSource(JAYAPURA, OTHER));
  }

  /** Requests whose hashes idempotency rows hold, by a name. */
  static Map<String, Request> requests() {
    InnovationRef ref = new InnovationRef(LEBAK, ID);
    Actor innovator = Actor.of("asn-dinkes-017", "DINKES", Role.INNOVATOR);
    Actor admin = Actor.of("admin-1", null, Role.LAB_ADMIN, Role.COACH);
    Map<String, Request> m = new LinkedHashMap<>();
    m.put("propose", Request.of(ref, innovator, new Command.Propose(enteredDetails(), "pekan-2024")));
    m.put("propose-minimal", Request.of(ref, innovator, new Command.Propose(minimalDetails(), null)));
    m.put("update", Request.of(ref, innovator, new Command.UpdateDetails(enteredDetails())).withExpectedVersion(4));
    m.put("evidence", Request.of(ref, innovator, new Command.AttachEvidence(evidence("PHOTO", 12_345))));
    m.put("approve", Request.of(ref, admin, new Command.Approve(Role.COACH, "ok ✓")).withIdempotencyKey("k-1"));
    m.put("advance", Request.of(ref, admin, new Command.Advance("design-to-deliver-conditional",
        List.of("Lengkapi SK", "Unggah foto"))));
    m.put("clear", Request.of(ref, admin, new Command.ClearCondition("c6-1", null)));
    m.put("rework", Request.of(ref, admin, new Command.ReturnForRework("return-to-design", "Direvisi")));
    m.put("hold", Request.of(ref, admin, new Command.Hold("Pilkada")));
    m.put("resume", Request.of(ref, admin, new Command.Resume(null)));
    m.put("drop", Request.of(ref, admin, new Command.Drop("Tidak ada anggaran")));
    m.put("reopen", Request.of(ref, admin, new Command.Reopen("Anggaran perubahan")));
    m.put("migrate", Request.of(ref, admin, new Command.MigrateRulebook("5d-plus-1", 2)).withExpectedVersion(0));
    return m;
  }
}
