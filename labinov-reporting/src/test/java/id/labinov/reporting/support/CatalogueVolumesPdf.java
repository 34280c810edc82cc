package id.labinov.reporting.support;

import id.labinov.reporting.data.ShowcaseCatalogue;
import id.labinov.reporting.render.PdfVolumes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Run in a JVM of its own with a small heap: writes a catalogue of {@code args[0]} entries (units of
 * 250, made up as they are read) as PDF volumes of {@code args[1]} entries into the folder
 * {@code args[2]} ({@code volume-<n>.pdf}), and prints {@code volumes=}, {@code entries=},
 * {@code reads=} and {@code maxHeap=}. Exits non-zero if writing fails (e.g. runs out of memory).
 */
public final class CatalogueVolumesPdf {
  private CatalogueVolumesPdf() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    int size = Integer.parseInt(args[1]);
    Path dir = Path.of(args[2]);
    int[] units = new int[(n + 249) / 250];
    for (int i = 0; i < units.length; i++) {
      units[i] = Math.min(250, n - i * 250);
    }
    AtomicInteger reads = new AtomicInteger();
    ShowcaseCatalogue c = SyntheticCatalogue.of(Locale.forLanguageTag("id"), reads, units);
    List<PdfVolumes.Volume> volumes = PdfVolumes.byEntries(size)
        .write(c, v -> Files.newOutputStream(dir.resolve("volume-" + v.number() + ".pdf")));
    System.out.println("volumes=" + volumes.size());
    System.out.println("entries=" + volumes.stream().mapToLong(PdfVolumes.Volume::entries).sum());
    System.out.println("reads=" + reads.get());
    System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory());
  }
}
