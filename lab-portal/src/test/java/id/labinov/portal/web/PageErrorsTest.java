package id.labinov.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ConcurrentModel;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;

/**
 * What the pages say when something goes wrong, checked on the portal's own beans (the shared page
 * test context): a change someone else stored meanwhile (labinov's version conflict, which the forms
 * cannot provoke on demand since labinov retries commands without a caller's version) comes back as a
 * refused notice on the page the form came from; words instead of codes for what is missing, for form
 * fields, and for OPDs and people the directory does not hold.
 */
class PageErrorsTest extends PortalPagesTestBase {
  private static final Locale ID = Locale.forLanguageTag("id");
  private static final RegionCode LEBAK = RegionCode.parse("36.02");
  private static final String INNOVATION = "0190a6f0-8c3e-7a1b-9c2d-3e4f5a6b7c8d";

  @Autowired
  private PageErrors errors;
  @Autowired
  private Words words;

  private static MockHttpServletRequest post(String path, String referer) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    if (referer != null) {
      request.addHeader("Referer", referer);
    }
    request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());
    return request;
  }

  private static VersionConflictException conflictOn(String id) {
    return new VersionConflictException(new InnovationRef(LEBAK, InnovationId.parse(id)), 3, 4);
  }

  private static Notice flashed(MockHttpServletRequest request) {
    return (Notice) ((FlashMap) request.getAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE)).get("notice");
  }

  @Test
  void aConflictGoesBackToTheFormsPageWithARefusedNoticeInWords() {
    MockHttpServletRequest request = post("/innovations/" + INNOVATION + "/advance",
        "http://127.0.0.1:8080/innovations/" + INNOVATION);
    MockHttpServletResponse response = new MockHttpServletResponse();
    String view = errors.conflict(conflictOn(INNOVATION), request, response, null, ID, new ConcurrentModel());
    assertThat(view).isEqualTo("redirect:/innovations/" + INNOVATION);
    Notice notice = flashed(request);
    assertThat(notice.kind()).isEqualTo("refused");
    assertThat(notice.title()).contains("baru saja diubah orang lain").contains("belum disimpan")
        .contains("periksa perubahannya").doesNotContain("VERSION_CONFLICT");

    MockHttpServletRequest score = post("/scoring/" + INNOVATION,
        "http://127.0.0.1:8080/scoring/" + INNOVATION + "?round=2026");
    assertThat(errors.conflict(conflictOn(INNOVATION), score, new MockHttpServletResponse(), null, Locale.ENGLISH,
        new ConcurrentModel())).isEqualTo("redirect:/scoring/" + INNOVATION + "?round=2026");
    assertThat(flashed(score).title()).contains("Someone else has just changed this innovation");
  }

  @Test
  void aConflictWithoutAUsableRefererGoesToTheInnovationOrA409Page() {
    MockHttpServletRequest foreign = post("/coaching/" + INNOVATION + "/return", "https://elsewhere.example/coaching");
    assertThat(errors.conflict(conflictOn(INNOVATION), foreign, new MockHttpServletResponse(), null, ID,
        new ConcurrentModel())).as("only the path is kept, so the redirect stays in the portal")
        .isEqualTo("redirect:/coaching");
    MockHttpServletRequest home = post("/innovations/" + INNOVATION + "/evidence", "http://127.0.0.1:8080/");
    assertThat(errors.conflict(conflictOn(INNOVATION), home, new MockHttpServletResponse(), null, ID,
        new ConcurrentModel())).isEqualTo("redirect:/innovations/" + INNOVATION);

    VersionConflictException programme = new VersionConflictException(
        new InnovationRef(LEBAK, new InnovationId(new UUID(0, 0))), 1, 2);
    MockHttpServletResponse response = new MockHttpServletResponse();
    ConcurrentModel model = new ConcurrentModel();
    assertThat(errors.conflict(programme, post("/admin/programme", null), response, null, ID, model))
        .isEqualTo("pages/conflict");
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat((String) model.getAttribute("text")).contains("Muat ulang halaman");
    assertThat(model.getAttribute("page")).isNotNull();
  }

  @Test
  void refererPathsOutsideTheFormPagesAreNotFollowed() {
    assertThat(PageErrors.back(null)).isNull();
    assertThat(PageErrors.back("http://127.0.0.1/reports/ringkasan")).isNull();
    assertThat(PageErrors.back("//evil.example/innovations/x")).isEqualTo("/innovations/x");
    assertThat(PageErrors.back("/admin/advance?stage=DESIGN")).isEqualTo("/admin/advance?stage=DESIGN");
    assertThat(PageErrors.back("/approvals?x=a'b")).isEqualTo("/approvals");
    assertThat(PageErrors.back("not a uri at all ^^")).isNull();
  }

  @Test
  void missingThingsAndFieldsAreNamedInWords() {
    ConcurrentModel model = new ConcurrentModel();
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin/programme");
    assertThat(errors.notFound(PageNotFoundException.programme("lebak-2019"), request, null, ID, model))
        .isEqualTo("pages/not-found");
    assertThat((String) model.getAttribute("text"))
        .isEqualTo("Program laboratorium inovasi lebak-2019 belum tercatat di LABINOV. Hubungi pengelola portal agar "
            + "program tersebut dicatat.");
    assertThat(errors.badRequestText("round", ID)).startsWith("Isian putaran penilaian tidak ada atau tidak sesuai.");
    assertThat(errors.badRequestText("to", Locale.ENGLISH)).startsWith("The field target stage is missing");
    assertThat(errors.badRequestText("xyzzy", ID)).as("a field without words is never named raw")
        .startsWith("Formulir yang dikirim tidak lengkap").doesNotContain("xyzzy");
    assertThat(errors.badRequestText("", Locale.ENGLISH)).startsWith("The form sent is incomplete");
  }

  @Test
  void opdsAndPeopleOutsideTheDirectoryAreNamedInWordsNotCodes() {
    assertThat(words.opd(OpdCode.of("OPD-FIKTIF-99"), ID)).isEqualTo("perangkat daerah yang tidak tercatat di direktori");
    assertThat(words.opd(OpdCode.of("OPD-FIKTIF-99"), Locale.ENGLISH)).isEqualTo("a regional office not in the directory");
    assertThat(words.opd(OpdCode.of("DISPUSIP"), ID)).isEqualTo("Dinas Perpustakaan dan Kearsipan");
    assertThat(words.person(PersonId.of("asn-tidak-ada-99"), ID)).isEqualTo("pengguna yang tidak tercatat di direktori");
    assertThat(words.person(PersonId.of("asn-dispusip-1"), ID)).isEqualTo("Neneng Hidayat");
  }
}
