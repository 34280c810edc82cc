package id.labinov.reporting.support;

import id.labinov.reporting.data.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps what the read-back tests rendered in {@code <build folder>/samples/}, named
 * {@code <report>-<language>.<ext>}, so a reviewer can open every report as HTML and PDF.
 */
public final class Samples {
  private Samples() {}

  public static void keep(Report r, String extension, byte[] bytes) {
    try {
      Path dir = Path.of(Samples.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent()
          .resolve("samples");
      Files.createDirectories(dir);
      String lang = r.info().locale().getLanguage().equals("en") ? "en" : "id";
      Files.write(dir.resolve(r.info().kind().code() + "-" + lang + "." + extension), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
