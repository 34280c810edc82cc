package id.labinov.examples.lebak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import id.labinov.core.cycle.LegalBasisState;
import id.labinov.core.cycle.SustainabilityStatus;
import id.labinov.core.cycle.WatchState;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Looks at Lebak's sustainability report of 1 July 2026 (Keberlanjutan) as headless Chromium draws it,
 * 1200 x 1600, with the example's figures on it. The picture is kept in {@code target/looks/}; with
 * {@code -Dlabinov.docs.images=<dir>} it is also copied there as {@code sustainability-lebak.png} (the
 * README's picture). Without {@code /usr/bin/chromium} the test is skipped with a message, except under
 * {@code CI=true}, where it fails.
 */
class FollowingYearsLookTest {
  @Test
  void chromiumDrawsTheSustainabilityReport(@TempDir Path tmp) throws Exception {
    if (!new File(IidReadinessLookTest.CHROMIUM).canExecute()) {
      String message = IidReadinessLookTest.CHROMIUM + " is missing: install it (apt-get install -y chromium) to look at"
          + " the sustainability report";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + "; under CI=true this test must run");
      }
      Assumptions.abort(message);
    }
    Path out = tmp.resolve("out");
    FollowingYearsSummary s = LebakFollowingYears.run(new LebakFollowingYears.Settings(out, true, null, null, null,
        null, Locale.forLanguageTag("id")), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    for (String name : SustainabilityFiles.NAMES) {
      for (String ext : new String[] {"html", "pdf", "xlsx", "csv", "json"}) {
        assertThat(out.resolve(name + "." + ext)).as(name + "." + ext).isNotEmptyFile();
      }
    }
    Path html = out.resolve("sustainability.html");
    String text = Files.readString(html, StandardCharsets.UTF_8);
    long lapsed = s.watch().stream().filter(w -> w.watch().state() == WatchState.LAPSED).count();
    long expired = s.watch().stream().filter(w -> w.legalBasis().state() == LegalBasisState.EXPIRED).count();
    assertThat(lapsed).isEqualTo(5);
    assertThat(expired).isEqualTo(6);
    assertThat(text).contains("Keberlanjutan Inovasi").contains("1 Juli 2026")
        .contains("Terhenti").contains("Berisiko").contains("Sudah tidak berlaku");
    for (SustainabilityStatus w : s.watch()) {
      if (w.watch().state() != WatchState.WATCHED) {
        assertThat(text).as("a flagged innovation is listed").contains(escape(w.title()));
      }
    }
    assertThat(text).contains("Rahmat Hidayat, A.Md.Kes.");
    BufferedImage image = IidReadinessLookTest.screenshot(html, tmp.resolve("sustainability-lebak.png"), tmp, 1200,
        1600);
    long dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        int luminance = ((rgb >> 16) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff)) / 10;
        dark += luminance < 96 ? 1 : 0;
      }
    }
    assertThat(dark).as("pixels of text").isGreaterThan(20_000L);
    IidReadinessLookTest.keep(tmp.resolve("sustainability-lebak.png"), "sustainability-lebak.png");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
