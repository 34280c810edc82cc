package id.labinov.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.portal.web.PortalPagesTestBase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real browser (Debian's chromium through /usr/bin/chromedriver, headless; never a
 * downloaded driver): an innovator proposes, is refused with the gate's checklist, attaches the missing
 * evidence, the OPD head approves, the innovator advances; a juror scores and the juror of Dinas
 * Kesehatan is refused in words; then a short pass in English. With {@code -Dlabinov.docs.images} it
 * saves screenshots of three pages to {@code docs/images/portal-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserTest extends PortalPagesTestBase {
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final String SHA = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";
  private static ChromeDriver browser;
  private static String innovationPath;

  @BeforeAll
  static void openBrowser() {
    boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: install the"
          + " chromium and chromium-driver packages; the browser test must run in CI");
    }
    Assumptions.assumeTrue(present, "browser test skipped: " + CHROMIUM + " and " + CHROMEDRIVER
        + " are needed (apt-get install chromium chromium-driver); set CI=true to make their absence a failure");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=id",
        "--window-size=1280,1000");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void open(String path) {
    browser.get(base() + path);
  }

  private void signInAs(String user) {
    browser.manage().deleteAllCookies();
    open("/login?lang=id");
    assertThat(browser.getTitle()).contains("Masuk");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys("labinov-demo");
    clickAndWait(By.id("login-submit"));
    assertThat(browser.findElement(By.id("signed-in-as")).getText()).isNotBlank();
  }

  /** Clicks what submits a form or follows a link, and waits until the next page has replaced this one. */
  private static void clickAndWait(By by) {
    WebElement old = browser.findElement(By.tagName("html"));
    browser.findElement(by).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> replaced(old));
  }

  /**
   * Whether the page of {@code old} has gone. Chromium answers a question about an element of a page it
   * has left either as a stale element or, while the new page is still being built, as "Node with given
   * id does not belong to the document" (an unknown error): both mean the page was replaced.
   */
  private static boolean replaced(WebElement old) {
    try {
      old.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  private String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  /** Saves a screenshot of the whole page when -Dlabinov.docs.images is set. */
  private static void screenshot(String name) throws IOException {
    if (System.getProperty("labinov.docs.images") == null) {
      return;
    }
    long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
    browser.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 700) + 140, 2600)));
    Path root = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "..")).toAbsolutePath().normalize();
    if (!Files.isDirectory(root.resolve("docs"))) {
      root = Path.of("..").toAbsolutePath().normalize();
    }
    Path target = root.resolve("docs/images/portal-" + name + ".png");
    Files.createDirectories(target.getParent());
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    browser.manage().window().setSize(new Dimension(1280, 1000));
  }

  @Test
  @Order(1)
  void innovatorIsRefusedWithTheChecklistThenAttachesTheMissingEvidence() throws IOException {
    signInAs("inovator");
    assertThat(text("#signed-in-as")).as("the name labinov's directory holds").isEqualTo("Neneng Hidayat");
    clickAndWait(By.linkText("Usulkan inovasi"));
    assertThat(text("#opd-name")).isEqualTo("Dinas Perpustakaan dan Kearsipan");
    browser.findElement(By.id("title")).sendKeys("Taman Baca Pasar Rangkasbitung");
    browser.findElement(By.id("problem")).sendKeys("Pedagang dan anak-anak di pasar tidak punya tempat membaca");
    browser.findElement(By.id("ideaSummary")).sendKeys("Taman baca kecil di pasar dengan buku keliling");
    clickAndWait(By.id("propose-submit"));
    assertThat(text("#notice")).contains("Taman Baca Pasar Rangkasbitung").contains("telah tercatat");
    innovationPath = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    assertThat(text("#fact-stage")).startsWith("Drum-up");

    clickAndWait(By.cssSelector("button.advance"));
    assertThat(text("#notice")).contains("belum dapat diterima").contains("surat komitmen")
        .contains("Yang perlu dilakukan");
    assertThat(texts("ul.checklist li.unmet")).anyMatch(t -> t.contains("surat komitmen"))
        .anyMatch(t -> t.contains("Kepala OPD"));
    assertThat(texts("ul.checklist li.met")).anyMatch(t -> t.contains("Judul"));
    assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("COMMITMENT_LETTER", "DRUM_UP",
        "DISPUSIP", "APPROVALS_MISSING");
    screenshot("innovation-checklist");

    new Select(browser.findElement(By.id("kind"))).selectByVisibleText("surat komitmen");
    browser.findElement(By.id("uri")).sendKeys("https://dokumen.lebakkab.go.id/dispusip/komitmen-taman-baca.pdf");
    browser.findElement(By.id("sha256")).sendKeys(SHA);
    browser.findElement(By.id("mediaType")).clear();
    browser.findElement(By.id("mediaType")).sendKeys("application/pdf");
    browser.findElement(By.id("size")).sendKeys("18432");
    clickAndWait(By.id("attach-submit"));
    assertThat(text("#notice")).contains("surat komitmen").contains("telah dilampirkan");
    assertThat(texts("ul.checklist li.met")).anyMatch(t -> t.contains("surat komitmen"));
    assertThat(texts("ul.checklist li.unmet")).hasSize(1).allMatch(t -> t.contains("Kepala OPD"));
  }

  @Test
  @Order(2)
  void headApprovesAndTheInnovatorAdvances() throws IOException {
    assertThat(innovationPath).as("the proposal step (order 1) must have run and left its innovation").isNotNull();
    signInAs("kepala");
    clickAndWait(By.linkText("Persetujuan"));
    String id = innovationPath.substring("/innovations/".length());
    assertThat(text("#queue")).contains("Taman Baca Pasar Rangkasbitung").contains("Lanjut ke Diagnose");
    browser.findElement(By.id("c-" + id)).click();
    browser.findElement(By.id("note")).sendKeys("Disetujui, segera laksanakan.");
    screenshot("approvals");
    clickAndWait(By.id("approve-submit"));
    assertThat(text("#results tr.accepted")).contains("Taman Baca Pasar Rangkasbitung").contains("Disetujui");

    signInAs("inovator");
    open(innovationPath);
    assertThat(texts("ul.checklist li.unmet")).isEmpty();
    clickAndWait(By.cssSelector("button.advance"));
    assertThat(text("#notice")).contains("naik ke tahap Diagnose");
    assertThat(text("#fact-stage")).startsWith("Diagnose");
    assertThat(text("#history")).contains("Nia Hermawan").contains("Disetujui, segera laksanakan.");
  }

  @Test
  @Order(3)
  void juryScoresAndTheDinkesJurorIsRefusedInWords() throws IOException {
    signInAs("juri");
    clickAndWait(By.linkText("Penilaian"));
    WebElement row = browser.findElements(By.cssSelector("#to-score tbody tr")).stream()
        .filter(r -> r.getText().contains("Dinas Kesehatan")).findFirst().orElseThrow();
    String sheet = row.findElement(By.tagName("a")).getAttribute("href").replaceFirst("^https?://[^/]+", "");
    open(sheet);
    assertThat(texts("#criteria label")).contains("Kebaruan", "Kemanfaatan");
    for (WebElement input : browser.findElements(By.cssSelector("#criteria input"))) {
      input.sendKeys("78");
    }
    clickAndWait(By.id("score-submit"));
    assertThat(text("#notice")).contains("telah tercatat");

    signInAs("juri-dinkes");
    open(sheet);
    assertThat(text("#sheet-opd")).isEqualTo("Dinas Kesehatan");
    for (WebElement input : browser.findElements(By.cssSelector("#criteria input"))) {
      input.sendKeys("90");
    }
    clickAndWait(By.id("score-submit"));
    assertThat(text("#notice")).contains("tidak diterima").contains("Konflik kepentingan")
        .contains("Anda berasal dari Dinas Kesehatan").doesNotContain("DINKES").doesNotContain("CONFLICT");
    screenshot("score-sheet-refused");
  }

  @Test
  @Order(4)
  void aShortPassInEnglish() {
    signInAs("inovator");
    open("/?lang=en");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(text("main")).contains("Welcome").contains("Your innovations");
    clickAndWait(By.linkText("Propose an innovation"));
    clickAndWait(By.id("propose-submit"));
    assertThat(text("#form-errors")).contains("The title of the innovation is required");
    browser.findElement(By.id("title")).sendKeys("Reading Corner at the Village Hall");
    clickAndWait(By.id("propose-submit"));
    clickAndWait(By.cssSelector("button.advance"));
    assertThat(text("#notice")).contains("cannot be accepted yet").contains("What to do");
    assertThat(texts("ul.checklist li.unmet")).anyMatch(t -> t.contains("commitment letter"))
        .anyMatch(t -> t.contains("Head of OPD"));
    assertThat(text("#fact-stage")).startsWith("Drum-up (inspire and commit)");
    open("/?lang=id");
  }

  @Test
  @Order(5)
  void theWalkEndsOnTheReports() {
    signInAs("admin");
    open("/reports");
    assertThat(browser.getTitle()).contains("Laporan");
    clickAndWait(By.linkText("Ringkasan Program"));
    assertThat(browser.getTitle()).contains("Ringkasan Program");
    String visible = browser.findElement(By.tagName("body")).getText();
    assertThat(visible).contains("Kabupaten Lebak").doesNotContain("DRUM_UP").doesNotContain("DIAGNOSE");
  }
}
