package id.labinov.reporting.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Pictures of reports to look at: a page of HTML as headless Chromium draws it, written to
 * {@code target*}/{@code looks/} and, with {@code -Dlabinov.docs.images=<dir>}, copied there (the README's
 * images: {@code -Dlabinov.docs.images=$PWD/docs/images}). Without Chromium the calling test is skipped with
 * a message, except under {@code CI=true}, where it fails.
 */
public final class Looks {
  public static final String CHROMIUM = "/usr/bin/chromium";

  private Looks() {}

  /** The folder the pictures are written to, beside the test classes. */
  public static Path dir(Class<?> test) throws IOException {
    Path looks = Path.of(test.getProtectionDomain().getCodeSource().getLocation().getPath()).getParent()
        .resolve("looks");
    return Files.createDirectories(looks);
  }

  /**
   * Draws an HTML document in headless Chromium at a window size and returns the screenshot's file.
   *
   * @param html the document
   * @param width the window width in CSS pixels
   * @param height the window height
   * @param tmp a scratch folder
   * @return the PNG file
   */
  public static Path chromium(byte[] html, int width, int height, Path tmp) throws IOException, InterruptedException {
    File chromium = new File(CHROMIUM);
    if (!chromium.canExecute()) {
      String message = CHROMIUM + " is missing: install it (apt-get install -y chromium) to look at the HTML";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + "; under CI=true this test must run");
      }
      Assumptions.abort(message);
    }
    Path file = tmp.resolve("page.html");
    Files.write(file, html);
    Path png = tmp.resolve("page.png");
    Path profile = Files.createDirectories(tmp.resolve("profile"));
    Process p = new ProcessBuilder(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--user-data-dir=" + profile, "--screenshot=" + png, "--window-size=" + width + "," + height,
        file.toUri().toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish in 120 s; its log: " + Files.readString(tmp.resolve("chromium.log")));
    }
    if (!Files.exists(png)) {
      fail("no screenshot; Chromium's log: " + Files.readString(tmp.resolve("chromium.log")));
    }
    return png;
  }

  /** Writes a picture to the looks folder under a name, and to the docs folder when one is set. */
  public static void keep(Class<?> test, BufferedImage image, String name) throws IOException {
    Path png = dir(test).resolve(name);
    ImageIO.write(image, "png", png.toFile());
    keep(png, name);
  }

  /** Copies a picture to the docs folder when one is set ({@code -Dlabinov.docs.images}). */
  public static void keep(Path png, String name) throws IOException {
    String docs = System.getProperty("labinov.docs.images");
    if (docs != null && !docs.isBlank()) {
      Path dir = Files.createDirectories(Path.of(docs));
      Files.copy(png, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The share of pixels that are not (near) white: 0 for a blank page. */
  public static double inked(BufferedImage image) {
    long inked = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16) & 0xff) < 235 || ((rgb >> 8) & 0xff) < 235 || (rgb & 0xff) < 235) {
          inked++;
        }
      }
    }
    return (double) inked / ((long) image.getWidth() * image.getHeight());
  }
}
