package id.labinov.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The pages over real HTTP: sign-in, CSRF, language, the innovator's walk from proposal to the next
 * stage with the gate's checklist, the OPD head's approvals, coaching, the admin's pages, the jury's
 * score sheet and conflict of interest, and readable 404 pages. Every page is checked for what a person
 * reads: words in the page's language, names instead of codes, no missing message key.
 */
class PagesHttpTest extends PortalPagesTestBase {
  /** Codes that must never reach a person's eyes. */
  private static final Pattern CODES = Pattern.compile(
      "\\b(DRUM_UP|DIAGNOSE|DESIGN|DELIVER|DISPLAY|DISPUSIP|DINKES|BAPPEDA|COMMITMENT_LETTER|APPROVALS_MISSING"
          + "|EVIDENCE_MISSING|OPD_HEAD|CONFLICT_OF_INTEREST_OPD|ACTIVE)\\b");
  private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private HttpSession as(String user) {
    HttpSession s = new HttpSession(base());
    HttpSession.Answer a = s.login(user);
    assertThat(a.status()).isEqualTo(302);
    assertThat(a.location()).doesNotContain("error");
    return s;
  }

  /** What a person reads on the page: no missing key, no code. */
  private static String readable(Document page) {
    String text = page.body().text();
    assertThat(text).doesNotContain("[").as("a missing message key shows as [key]");
    assertThat(CODES.matcher(page.select("main").text()).find()).as("codes on the page: " + page.select("main").text())
        .isFalse();
    return text;
  }

  @Test
  void signInPageListsDemoUsersAndSaysWhatWentWrong() {
    HttpSession s = new HttpSession(base());
    Document login = s.get("/login").page();
    assertThat(login.title()).contains("Masuk");
    assertThat(login.select("#demo-users td code").eachText()).contains("inovator", "kepala", "juri-dinkes", "admin");
    assertThat(login.select("#demo-accounts").text()).as("said in words to be demo accounts")
        .contains("Akun demo").contains("bukan akun pegawai sebenarnya").contains("Inovator");
    HttpSession.Answer wrong = s.post("/login", login, Map.of("username", "inovator", "password", "salah"));
    assertThat(wrong.location()).endsWith("/login?error");
    assertThat(s.get("/login?error").page().select("#login-error").text()).contains("kata sandi salah");
    assertThat(s.get("/login?logout").page().select("#login-logout").text()).contains("telah keluar");
    assertThat(new HttpSession(base()).get("/").location()).endsWith("/login");
  }

  @Test
  void theRegentsHomeLeadsToTheOnePageSummary() {
    Document home = as("bupati").get("/").page();
    assertThat(readable(home)).contains("Buka ringkasan satu halaman untuk Bupati");
    assertThat(home.select("a:contains(Buka ringkasan satu halaman)").attr("href")).isEqualTo("/reports/one-page");
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefused() {
    HttpSession s = as("inovator");
    HttpSession.Answer a = s.postRaw("/innovations/new", Map.of("title", "Tanpa token"));
    assertThat(a.status()).isEqualTo(403);
    assertThat(new HttpSession(base()).postRaw("/login", Map.of("username", "inovator", "password", "labinov-demo"))
        .status()).isEqualTo(403);
  }

  @Test
  void languageSwitchesWithLangAndStays() {
    HttpSession s = as("kepala");
    Document en = s.get("/approvals?lang=en").page();
    assertThat(en.title()).contains("OPD head approvals");
    assertThat(en.select("html").attr("lang")).isEqualTo("en");
    assertThat(s.get("/").page().text()).contains("Waiting for your approval");
    Document id = s.get("/?lang=id").page();
    assertThat(id.text()).contains("Menunggu persetujuan Anda");
    readable(id);
  }

  @Test
  void badIdsGiveAReadable404() {
    HttpSession s = as("inovator");
    HttpSession.Answer malformed = s.get("/innovations/bukan-id");
    assertThat(malformed.status()).isEqualTo(404);
    assertThat(malformed.page().select("#problem").text()).contains("Inovasi bernomor bukan-id tidak ditemukan");
    HttpSession.Answer unknown = s.get("/innovations/0190a6f0-8c3e-7a1b-9c2d-3e4f5a6b7c8d?lang=en");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.page().text()).contains("Page not found").doesNotContain("Exception");
    assertThat(s.get("/scoring/12345").status()).isEqualTo(404);
    HttpSession.Answer nowhere = s.get("/halaman-yang-tidak-ada");
    assertThat(nowhere.status()).isEqualTo(404);
    assertThat(nowhere.page().title()).as("the session chose English above").contains("Page not found");
    assertThat(readable(nowhere.page())).contains("/halaman-yang-tidak-ada").doesNotContain("Whitelabel");
  }

  @Test
  void badFormValuesGiveAReadable400NamingTheFieldInWords() {
    HttpSession inovator = as("inovator");
    Document form = inovator.get("/innovations/new").page();
    String path = inovator.post("/innovations/new", form, Map.of("title", "Kotak Saran Digital Perpustakaan"))
        .location().replaceFirst("^https?://[^/]+", "");
    Document page = inovator.get(path).page();
    HttpSession.Answer unknownStage = inovator.post(path + "/advance", page, Map.of("to", "TAHAP_KARANGAN"));
    assertThat(unknownStage.status()).isEqualTo(400);
    assertThat(readable(unknownStage.page())).contains("Isian formulir tidak sesuai")
        .contains("Isian tahap tujuan tidak ada atau tidak sesuai").doesNotContain("TAHAP_KARANGAN")
        .doesNotContain("tidak ditemukan");
    HttpSession.Answer missing = inovator.post(path + "/advance", page, Map.of());
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.page().select("#problem").text()).contains("tahap tujuan").doesNotContain(" to ");

    HttpSession juri = as("juri");
    HttpSession.Answer oldRound = juri.get("/scoring?round=1999");
    assertThat(oldRound.status()).isEqualTo(400);
    assertThat(readable(oldRound.page())).contains("Isian putaran penilaian").doesNotContain("1999");
    HttpSession.Answer notANumber = juri.get("/scoring?round=dua-ribu&lang=en");
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(readable(notANumber.page())).contains("The field evaluation round is missing").doesNotContain("dua-ribu");

    HttpSession coach = as("coach");
    Document list = coach.get("/coaching").page();
    String action = list.selectFirst("#reviewable tbody tr form").attr("action");
    HttpSession.Answer back = coach.post(action, list, Map.of("to", "ENTAH", "reason", "Perlu diperbaiki"));
    assertThat(back.status()).isEqualTo(400);
    assertThat(back.page().select("#problem").text()).contains("tahap tujuan").doesNotContain("ENTAH");

    HttpSession admin = as("admin");
    Document advance = admin.get("/admin/advance").page();
    HttpSession.Answer noStage = admin.post("/admin/advance", advance, Map.of("stage", "BUKAN_TAHAP"));
    assertThat(noStage.status()).isEqualTo(400);
    assertThat(noStage.page().select("#problem").text()).contains("Isian tahap tidak ada").doesNotContain("BUKAN_TAHAP");
  }

  @Test
  void proposalFormSaysWhatIsMissingInThePageLanguage() {
    HttpSession s = as("inovator");
    Document form = s.get("/innovations/new").page();
    assertThat(form.select("#opd-name").text()).isEqualTo("Dinas Perpustakaan dan Kearsipan");
    Document again = s.post("/innovations/new", form, Map.of("title", " ", "problem", "x")).page();
    assertThat(again.select("#form-errors").text()).contains("Judul inovasi wajib diisi");
    Document en = s.get("/innovations/new?lang=en").page();
    assertThat(s.post("/innovations/new", en, Map.of("title", "")).page().select("#form-errors").text())
        .contains("The title of the innovation is required");
    s.get("/?lang=id");
  }

  @Test
  void innovatorWalksThroughTheGateWithTheHeadsApproval() {
    HttpSession inovator = as("inovator");
    Document form = inovator.get("/innovations/new").page();
    HttpSession.Answer proposed = inovator.post("/innovations/new", form, Map.of("title", "Sudut Baca Kantor Desa",
        "problem", "Warga jauh dari perpustakaan", "ideaSummary", "Sudut baca di kantor desa"));
    assertThat(proposed.status()).isEqualTo(302);
    String path = proposed.location().replaceFirst("^https?://[^/]+", "");
    assertThat(path).matches("/innovations/[0-9a-f-]{36}");
    Document page = inovator.follow(proposed).page();
    assertThat(page.select("#notice").text()).contains("Sudut Baca Kantor Desa").contains("telah tercatat");
    assertThat(page.select("#fact-stage").text()).startsWith("Drum-up");
    assertThat(page.select("#fact-opd").text()).isEqualTo("Dinas Perpustakaan dan Kearsipan");
    List<String> unmet = page.select("ul.checklist li.unmet").eachText();
    assertThat(unmet).anyMatch(t -> t.contains("surat komitmen")).anyMatch(t -> t.contains("Kepala OPD"));
    assertThat(page.select("ul.checklist li.met").eachText()).anyMatch(t -> t.contains("Judul"));
    readable(page);

    // asking now is refused, in words, with the fixes
    Document refused = inovator.follow(inovator.post(path + "/advance", page, Map.of("to", "DIAGNOSE"))).page();
    assertThat(refused.select("#notice.refused").text()).contains("belum dapat diterima")
        .contains("surat komitmen: 0 terlampir").contains("Yang perlu dilakukan");
    readable(refused);

    // a malformed reference is caught before labinov, in words
    Map<String, String> bad = new HashMap<>(Map.of("kind", "COMMITMENT_LETTER", "uri", "surat.pdf", "sha256", "abc",
        "mediaType", "application/pdf", "size", "-1"));
    Document errors = inovator.follow(inovator.post(path + "/evidence", refused, bad)).page();
    assertThat(errors.select("#evidence-errors").text()).contains("URL lengkap").contains("64 digit")
        .contains("bilangan bulat");
    Document attached = inovator.follow(inovator.post(path + "/evidence", errors, Map.of("kind", "COMMITMENT_LETTER",
        "uri", "https://dokumen.lebakkab.go.id/dispusip/komitmen.pdf", "sha256", SHA, "mediaType", "application/pdf",
        "size", "24576"))).page();
    assertThat(attached.select("#notice.ok").text()).contains("surat komitmen");
    assertThat(attached.select("#evidence td").eachText()).contains("surat komitmen", "24,0 KB");
    assertThat(attached.select("ul.checklist li.met").eachText()).anyMatch(t -> t.contains("surat komitmen"));
    assertThat(attached.select("#history li").eachText()).anyMatch(t -> t.contains("melampirkan bukti dukung surat komitmen"));

    // the OPD head approves it from the queue
    HttpSession kepala = as("kepala");
    Document queue = kepala.get("/approvals").page();
    String id = path.substring("/innovations/".length());
    assertThat(queue.select("#queue a").eachText()).contains("Sudut Baca Kantor Desa");
    readable(queue);
    Document done = kepala.follow(kepala.post("/approvals", queue, Map.of("id", id, "note", "Lanjutkan"))).page();
    assertThat(done.select("#results tr.accepted").text()).contains("Sudut Baca Kantor Desa").contains("Disetujui");
    assertThat(kepala.get("/approvals").page().select("#queue a").eachText()).doesNotContain("Sudut Baca Kantor Desa");

    // now the gate opens
    Document ready = inovator.get(path).page();
    assertThat(ready.select("ul.checklist li.unmet")).isEmpty();
    Document advanced = inovator.follow(inovator.post(path + "/advance", ready, Map.of("to", "DIAGNOSE"))).page();
    assertThat(advanced.select("#notice.ok").text()).contains("naik ke tahap Diagnose");
    assertThat(advanced.select("#fact-stage").text()).startsWith("Diagnose");
    assertThat(advanced.select("#history li").eachText()).anyMatch(t -> t.contains("Nia Hermawan")
        && t.contains("Kepala OPD") && t.contains("Lanjutkan"));
    assertThat(inovator.get("/").page().select("#my-innovations").text()).contains("Sudut Baca Kantor Desa");
  }

  @Test
  void approvingNothingOrAsSomeoneElseIsToldInWords() {
    HttpSession kepala = as("kepala");
    Document queue = kepala.get("/approvals").page();
    Document none = kepala.follow(kepala.post("/approvals", queue, Map.of("note", "x"))).page();
    assertThat(none.select("#notice").text()).contains("Belum ada inovasi yang dipilih");
    HttpSession juri = as("juri");
    assertThat(juri.get("/approvals").page().text()).contains("Akun Anda tidak memegang peran kepala OPD");
  }

  @Test
  void coachReturnsForReworkOnlyWithAReason() {
    HttpSession coach = as("coach");
    Document list = coach.get("/coaching").page();
    readable(list);
    Element first = list.selectFirst("#reviewable tbody tr");
    assertThat(first).isNotNull();
    String action = first.selectFirst("form").attr("action");
    String to = first.selectFirst("input[name=to]").attr("value");
    Document missing = coach.follow(coach.post(action, list, Map.of("to", to, "reason", "  "))).page();
    assertThat(missing.select("#notice.refused").text()).contains("Alasan pengembalian wajib diisi");
    Document done = coach.follow(coach.post(action, missing, Map.of("to", to,
        "reason", "Rancangan belum memuat rencana aksi yang terukur"))).page();
    assertThat(done.select("#notice.ok").text()).contains("dikembalikan ke tahap");
  }

  @Test
  void adminSeesTheScheduleAdvancesInBulkAndListsTheInnovationWeek() {
    HttpSession admin = as("admin");
    Document programme = admin.get("/admin/programme").page();
    assertThat(programme.select("#schedule tbody tr")).hasSize(5);
    assertThat(programme.select("#schedule").text()).contains("Drum-up").contains("2019");
    readable(programme);

    Document form = admin.get("/admin/advance?stage=DESIGN").page();
    List<String> ids = form.select("#candidates input[name=id]").eachAttr("value");
    assertThat(ids).isNotEmpty();
    Map<String, String> chosen = Map.of("stage", "DESIGN", "id", ids.get(0));
    Document results = admin.follow(admin.post("/admin/advance", form, chosen)).page();
    assertThat(results.select("#results tbody tr")).hasSize(1);
    assertThat(results.select("#notice").text()).contains("inovasi naik ke tahap Deliver");
    readable(results);

    Document week = admin.get("/admin/innovation-week").page();
    assertThat(week.select("#week tbody tr").size()).isGreaterThanOrEqualTo(60);
    assertThat(week.select("#week").text()).contains("Dinas Kesehatan");
    readable(week);
    assertThat(as("inovator").get("/admin/programme").status()).isEqualTo(403);
  }

  @Test
  void juryScoresAndAConflictOfInterestIsRefusedInWords() {
    HttpSession juri = as("juri");
    Document list = juri.get("/scoring?round=2025").page();
    readable(list);
    Element dinkes = list.select("#to-score tbody tr").stream().filter(r -> r.text().contains("Dinas Kesehatan"))
        .findFirst().orElseThrow();
    String sheetPath = dinkes.selectFirst("a").attr("href");
    Document sheet = juri.get(sheetPath).page();
    assertThat(sheet.select("#criteria label").eachText()).contains("Kebaruan", "Kemanfaatan");
    Map<String, String> scores = new HashMap<>();
    sheet.select("#criteria input").forEach(i -> scores.put(i.attr("name"), "81"));
    scores.put("round", "2025");
    String id = sheetPath.replaceAll("^/scoring/([^?]+).*$", "$1");
    Document wrong = juri.follow(juri.post("/scoring/" + id, sheet, Map.of("round", "2025", "NOVELTY", "120"))).page();
    assertThat(wrong.select("#form-errors").text()).contains("Kebaruan harus dari 0 sampai 100");
    Document ok = juri.follow(juri.post("/scoring/" + id, wrong, scores)).page();
    assertThat(ok.select("#notice.ok").text()).contains("telah tercatat");
    Document again = juri.follow(juri.post("/scoring/" + id, ok, scores)).page();
    assertThat(again.select("#notice.refused").text()).contains("sudah menilai");

    HttpSession conflicted = as("juri-dinkes");
    Document theirs = conflicted.get(sheetPath + "&lang=en").page();
    Document refused = conflicted.follow(conflicted.post("/scoring/" + id, theirs, scores)).page();
    assertThat(refused.select("#notice.refused").text()).contains("Conflict of interest")
        .contains("Dinas Kesehatan").doesNotContain("DINKES");
  }
}
