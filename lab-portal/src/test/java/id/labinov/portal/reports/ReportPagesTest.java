package id.labinov.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import id.labinov.core.Labinov;
import id.labinov.core.cycle.WatchState;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.ObjectMapper;

/**
 * The report pages over real HTTP, signed in as the demo users: the list, a report's own page, the downloads with
 * their content types and file names (read back with real parsers), the one-page summary set apart for the
 * regional head, the sustainability and IID pages, an unknown report in words, and English. With Chromium, the
 * pages are also drawn and kept as pictures.
 */
class ReportPagesTest extends ReportsTestSupport {
  private static final String PASSWORD = "labinov-demo";
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  @Autowired
  ApplicationContext context;
  @Autowired
  Labinov lab;

  private SignIn.Client as(String username) throws Exception {
    return SignIn.as(base(), user(username), PASSWORD);
  }

  private Document page(SignIn.Client client, String path) throws Exception {
    HttpResponse<String> r = client.getText(base() + path);
    assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
    return Jsoup.parse(r.body(), base());
  }

  @Test
  void theListOffersEveryReportToViewAndDownload() throws Exception {
    SignIn.Client admin = as("admin");
    Document list = page(admin, "/reports");
    assertThat(list.selectFirst("h1").text()).isEqualTo("Laporan");
    assertThat(list.title()).startsWith("Laporan");
    assertThat(list.select("#for-regional-head")).as("set apart for the regional head only").isEmpty();
    for (String code : List.of("one-page", "programme-summary", "evaluation-ranking", "showcase-catalogue",
        "sustainability", "iid-readiness")) {
      assertThat(list.select("#report-" + code + " a[href=/reports/" + code + "]")).as(code).isNotEmpty();
      for (String ext : List.of("pdf", "xlsx", "csv", "json")) {
        assertThat(list.select("#report-" + code + " a[href=/reports/" + code + "." + ext + "]")).as(code + "." + ext)
            .isNotEmpty();
      }
    }
    assertThat(list.text()).contains("Ringkasan Program").contains("Peringkat Penilaian Pekan Inovasi")
        .doesNotContain("[reports.");
  }

  @Test
  void theRegionalHeadSeesTheOnePageSummaryFirst() throws Exception {
    SignIn.Client bupati = as("bupati");
    Document list = page(bupati, "/reports");
    assertThat(list.selectFirst("#for-regional-head h2").text()).isEqualTo("Ringkasan Satu Halaman untuk Bupati");
    assertThat(list.select("#for-regional-head a[href=/reports/one-page.pdf]")).isNotEmpty();
    assertThat(list.select("#for-regional-head a[href=/reports/one-page.png]")).isNotEmpty();

    Document onePage = page(bupati, "/reports/one-page");
    assertThat(onePage.title()).contains("Ringkasan Satu Halaman");
    assertThat(onePage.select("#portal-bar a[href=/reports]")).as("the way back").isNotEmpty();
    assertThat(onePage.select("#portal-bar a[href=/reports/one-page.pdf]")).isNotEmpty();
    assertThat(onePage.body().text()).contains("Kabupaten Lebak").contains("150").doesNotContain("DRUM_UP");

    HttpResponse<byte[]> pdf = bupati.get(base() + "/reports/one-page.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
        .contains("filename=\"laporan-ringkasan-bupati-lebak-2019.pdf\"");
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      assertThat(new PDFTextStripper().getText(doc)).contains("Ringkasan Satu Halaman").contains("Kabupaten Lebak");
    }
    HttpResponse<byte[]> png = bupati.get(base() + "/reports/one-page.png");
    assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(png.body())).getWidth()).isEqualTo(1920);
  }

  @Test
  void downloadsCarryTheirContentTypeAndAReadableName() throws Exception {
    SignIn.Client juri = as("juri");
    String[][] expected = {
        {"pdf", "application/pdf"},
        {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {"csv", "text/csv;charset=UTF-8"},
        {"json", "application/json"},
        {"html", "text/html;charset=UTF-8"}};
    for (String[] e : expected) {
      HttpResponse<byte[]> r = juri.get(base() + "/reports/programme-summary." + e[0]);
      assertThat(r.statusCode()).as(e[0]).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).as(e[0]).hasValue(e[1]);
      assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).as(e[0])
          .isEqualTo("attachment; filename=\"laporan-tahapan-lebak-2019." + e[0] + "\"");
      switch (e[0]) {
        case "pdf" -> {
          try (PDDocument doc = Loader.loadPDF(r.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Ringkasan Program").contains("Kabupaten Lebak");
          }
        }
        case "xlsx" -> {
          try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(r.body()))) {
            assertThat(book.getSheets().count()).isGreaterThan(1);
          }
        }
        case "csv" -> {
          List<List<String>> records = Csv.parse(new String(r.body(), StandardCharsets.UTF_8));
          assertThat(records.get(0)).contains("Tahap", "Jumlah");
          long total = records.subList(1, records.size()).stream()
              .mapToLong(x -> Long.parseLong(x.get(records.get(0).indexOf("Jumlah")))).sum();
          assertThat(total).isEqualTo(150L);
        }
        case "json" -> assertThat(new ObjectMapper().readTree(r.body()).path("report").asString())
            .isEqualTo("programme-summary");
        default -> assertThat(Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8)).title())
            .contains("Ringkasan Program");
      }
    }
  }

  @Test
  void anUnknownReportIsAPageInWords() throws Exception {
    SignIn.Client coach = as("coach");
    HttpResponse<String> unknown = coach.getText(base() + "/reports/laporan-rahasia");
    assertThat(unknown.statusCode()).isEqualTo(404);
    Document doc = Jsoup.parse(unknown.body());
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Laporan tidak ditemukan");
    assertThat(doc.selectFirst("#problem").text()).contains("\"laporan-rahasia\" tidak tersedia")
        .contains("programme-summary");
    assertThat(doc.select("a[href=/reports]")).isNotEmpty();

    HttpResponse<String> docx = coach.getText(base() + "/reports/programme-summary.docx?lang=en");
    assertThat(docx.statusCode()).isEqualTo(404);
    Document english = Jsoup.parse(docx.body());
    assertThat(english.selectFirst("h1").text()).isEqualTo("Report not found");
    assertThat(english.selectFirst("#problem").text()).contains("Programme summary").contains("\"docx\"");
  }

  @Test
  void englishOnRequest() throws Exception {
    SignIn.Client admin = as("admin");
    Document list = page(admin, "/reports?lang=en");
    assertThat(list.selectFirst("h1").text()).isEqualTo("Reports");
    assertThat(list.text()).contains("Programme summary").contains("Evaluation ranking of the innovation week");
    HttpResponse<byte[]> pdf = admin.get(base() + "/reports/programme-summary.pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("report-stages-lebak-2019.pdf");
    assertThat(page(admin, "/sustainability").selectFirst("h1").text()).isEqualTo("Sustainability");
    assertThat(page(admin, "/iid").selectFirst("h1").text()).startsWith("IID readiness");
    assertThat(page(admin, "/reports?lang=id").selectFirst("h1").text()).isEqualTo("Laporan");
  }

  @Test
  void sustainabilityShowsTheWatchAndWhatNeedsAttention() throws Exception {
    SignIn.Client kepala = as("kepala");
    Document doc = page(kepala, "/sustainability");
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Keberlanjutan");
    var watch = lab.cycle().sustainability(user("kepala").actor(), reportsRegion());
    long atRisk = watch.stream().filter(s -> s.watch().state() == WatchState.AT_RISK).count();
    long lapsed = watch.stream().filter(s -> s.watch().state() == WatchState.LAPSED).count();
    assertThat(doc.selectFirst("#fig-innovations").text()).isEqualTo(String.valueOf(watch.size()));
    assertThat(doc.selectFirst("#fig-at-risk").text()).isEqualTo(String.valueOf(atRisk));
    assertThat(doc.selectFirst("#fig-lapsed").text()).isEqualTo(String.valueOf(lapsed));
    for (var s : watch) {
      if (s.watch().state() != WatchState.WATCHED) {
        assertThat(doc.select("#attention td").eachText()).as("listed: %s", s.title()).contains(s.title());
      }
    }
    assertThat(doc.select("a[href=/reports/sustainability]")).isNotEmpty();
    assertThat(doc.select("a[href=/reports/sustainability.pdf]")).isNotEmpty();
    assertThat(doc.body().text()).doesNotContain("AT_RISK").doesNotContain("LAPSED").doesNotContain("[reports.");
  }

  @Test
  void iidReadinessForTheVerifier() throws Exception {
    SignIn.Client verifier = as("verifikator");
    Document doc = page(verifier, "/iid");
    int year = java.time.LocalDate.now(lab.clock().withZone(java.time.ZoneId.of("Asia/Jakarta"))).getYear();
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Kesiapan IID " + year);
    assertThat(doc.select("#iid-index tbody tr")).hasSize(3);
    assertThat(doc.select("#iid-index tbody td").eachText()).contains("Diklaim", "Didukung bukti", "Terverifikasi");
    assertThat(doc.select("a[href=/reports/iid-readiness.pdf]")).isNotEmpty();
    HttpResponse<byte[]> xlsx = verifier.get(base() + "/reports/iid-readiness.xlsx");
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("laporan-kesiapan-iid-kabupaten-lebak-" + year + ".xlsx");
  }

  @Test
  void signedOutPeopleAreSentToSignIn() throws Exception {
    java.net.http.HttpClient anonymous = java.net.http.HttpClient.newBuilder()
        .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
    HttpResponse<String> r = anonymous.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(base() + "/reports/programme-summary.pdf")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login");
  }

  /**
   * Draws the list for the regional head, the one-page summary and the sustainability page in Chromium and keeps
   * the pictures in {@code target/looks} (and {@code portal-reports.png} in the folder {@code labinov.docs.images}
   * names, when set). Without Chromium the test is skipped with a message, except under {@code CI=true}.
   */
  @Test
  void chromiumDrawsTheReportPages() throws Exception {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      String message = CHROMIUM + " or " + CHROMEDRIVER + " is missing: install chromium and chromium-driver to draw"
          + " the report pages";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + "; under CI=true this test must run");
      }
      Assumptions.abort(message);
    }
    SignIn.Client bupati = as("bupati");
    Path looks = Files.createDirectories(Path.of("target", "looks"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,1500");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      driver.get(base() + "/css/portal.css");
      driver.manage().addCookie(new Cookie("JSESSIONID", bupati.sessionId(), "/"));
      driver.manage().window().setSize(new Dimension(1280, 1500));
      // as an Indonesian reader sees the portal, whatever language the browser asks for
      driver.get(base() + "/reports?lang=id");
      for (String[] shot : new String[][] {{"/reports", "portal-reports.png"},
          {"/reports/one-page", "portal-one-page.png"}, {"/sustainability", "portal-sustainability.png"}}) {
        driver.get(base() + shot[0]);
        assertThat(driver.getTitle()).as(shot[0]).isNotBlank().doesNotContain("Login").doesNotContain("Reports");
        Path png = looks.resolve(shot[1]);
        Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
        var image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).as(shot[1]).isGreaterThan(1000);
      }
    } finally {
      driver.quit();
      service.stop();
    }
    String docs = System.getProperty("labinov.docs.images");
    if (docs != null && !docs.isBlank()) {
      Path dir = Files.createDirectories(Path.of(docs));
      Files.copy(looks.resolve("portal-reports.png"), dir.resolve("portal-reports.png"),
          StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private id.labinov.core.model.RegionCode reportsRegion() {
    return id.labinov.core.model.RegionCode.parse("36.02");
  }
}
