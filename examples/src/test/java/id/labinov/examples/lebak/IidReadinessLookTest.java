package id.labinov.examples.lebak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Looks at Lebak's IID 2026 readiness report as headless Chromium draws it: the page for the Bupati on
 * a 1280 x 800 screen and the full report's first 1200 x 1600, each with text on it. The pictures are kept in
 * {@code target/looks/}; with {@code -Dlabinov.docs.images=<dir>} they are also copied there as
 * {@code iid-readiness.png} and {@code iid-readiness-one-page.png} (the README's pictures:
 * {@code -Dlabinov.docs.images=$PWD/docs/images}, run from the repository root). Without
 * {@code /usr/bin/chromium} the test is skipped with a message, except under {@code CI=true}, where
 * it fails.
 */
class IidReadinessLookTest {
  static final String CHROMIUM = "/usr/bin/chromium";

  @Test
  void chromiumDrawsTheReadinessReportAndItsOnePage(@TempDir Path tmp) throws Exception {
    File chromium = new File(CHROMIUM);
    if (!chromium.canExecute()) {
      String message = CHROMIUM + " is missing: install it (apt-get install -y chromium) to look at the readiness report";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + "; under CI=true this test must run");
      }
      Assumptions.abort(message);
    }
    IidSummary s = IidRuns.memory().summary();
    Map<String, int[]> windows = new LinkedHashMap<>();
    windows.put("iid-readiness-one-page", new int[] {1280, 800});
    windows.put("iid-readiness", new int[] {1200, 1600});
    for (Map.Entry<String, int[]> w : windows.entrySet()) {
      String name = w.getKey();
      int width = w.getValue()[0];
      int height = w.getValue()[1];
      Path html = s.output().resolve(name + ".html");
      String text = Files.readString(html, StandardCharsets.UTF_8);
      // the figures the README quotes, as the Indonesian page writes them
      for (BigDecimal figure : new BigDecimal[] {s.claimedPoints(), s.supportedPoints(), s.verifiedPoints(),
          s.claimed().index(), s.verified().index()}) {
        assertThat(text).as(name).contains(IidSummary.number(figure));
      }
      assertThat(text).contains(s.verified().rating().label().in(id.labinov.core.i18n.Messages.INDONESIAN));
      BufferedImage image = screenshot(html, tmp.resolve(name + ".png"), tmp, width, height);
      assertThat(image.getWidth()).isEqualTo(width);
      assertThat(image.getHeight()).isEqualTo(height);
      long dark = 0;
      long drawn = 0;
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          int rgb = image.getRGB(x, y) & 0xffffff;
          drawn += rgb == 0xffffff ? 0 : 1;
          int luminance = ((rgb >> 16) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff)) / 10;
          dark += luminance < 96 ? 1 : 0;
        }
      }
      assertThat(dark).as("%s: pixels of text", name).isGreaterThan(20_000L);
      assertThat(drawn).as("%s: not a blank page", name).isBetween((long) width * height / 20,
          (long) width * height * 9 / 10);
      keep(tmp.resolve(name + ".png"), name + ".png");
    }
  }

  static BufferedImage screenshot(Path html, Path png, Path tmp, int width, int height)
      throws IOException, InterruptedException {
    Path profile = Files.createDirectories(tmp.resolve("profile"));
    Path log = tmp.resolve("chromium.log");
    Process p = new ProcessBuilder(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--user-data-dir=" + profile, "--screenshot=" + png, "--window-size=" + width + "," + height,
        html.toUri().toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish in 120 s; its log: " + Files.readString(log));
    }
    assertThat(png).as("screenshot; Chromium's log: %s", Files.readString(log)).exists();
    return ImageIO.read(png.toFile());
  }

  static void keep(Path png, String name) throws IOException {
    Path looks = Files.createDirectories(Path.of("target", "looks"));
    Files.copy(png, looks.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    String docs = System.getProperty("labinov.docs.images");
    if (docs != null && !docs.isBlank()) {
      Path dir = Files.createDirectories(Path.of(docs));
      Files.copy(png, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
