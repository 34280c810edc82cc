package id.labinov.reporting.support;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver through Selenium. Both programs are named
 * by their paths ({@value #CHROMIUM}, {@value #DRIVER}), so Selenium Manager is never asked to find or
 * download a browser or a driver. Without them the calling test is skipped with a message saying what to
 * install, except under {@code CI=true}, where it fails.
 */
public final class Browser implements AutoCloseable {
  public static final String CHROMIUM = "/usr/bin/chromium";
  public static final String DRIVER = "/usr/bin/chromedriver";

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Starts the browser, or skips (fails under CI) when Chromium or chromedriver is missing. */
  public static Browser startOrSkip() {
    for (String program : List.of(CHROMIUM, DRIVER)) {
      if (!new File(program).canExecute()) {
        String message = program + " is missing: install Debian's chromium and chromium-driver "
            + "(apt-get install -y chromium chromium-driver) to check the HTML reports in a browser";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
          Assertions.fail(message + "; under CI=true these checks must run");
        }
        Assumptions.abort(message);
      }
    }
    // never let Selenium Manager look for (or download) a driver or a browser
    System.setProperty("webdriver.chrome.driver", DRIVER);
    System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
        .usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--window-size=1280,1000", "--lang=id");
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return new Browser(driver);
  }

  /** Opens a file. */
  public void open(Path file) {
    driver.get(file.toUri().toString());
  }

  /** Runs a script in the open page and returns its result. */
  public Object run(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The page's visible text. */
  public String visibleText() {
    return String.valueOf(run("return document.body.innerText;"));
  }

  /** A screenshot of the viewport as PNG. */
  public byte[] screenshot() {
    return driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
  }

  /** Resizes the window (CSS pixels). */
  public void size(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
