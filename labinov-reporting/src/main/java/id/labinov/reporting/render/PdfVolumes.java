package id.labinov.reporting.render;

import id.labinov.core.internal.Checks;
import id.labinov.reporting.ReportException;
import id.labinov.reporting.data.CatalogueEntry;
import id.labinov.reporting.data.ShowcaseCatalogue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Writes a showcase catalogue as PDF volumes (jilid): one complete PDF per volume, each with its own
 * header ("Jilid 2 dari 5 · entri nomor 1.001–2.000 dari 4.650"), contents page and page numbers. A
 * catalogue longer than {@link #MAX_ENTRIES_PER_DOCUMENT} entries cannot be one PDF (the layout of a
 * PDF is held in memory whole; {@link PdfRenderer} refuses it and names this class); in volumes, the
 * memory used depends on the size of one volume, not on the length of the catalogue: volumes of 500
 * entries of the usual length (a few hundred words each) are written in a heap of 256 MiB, however
 * many there are. (The PDF is tagged for accessibility, PDF/UA, which costs memory: one PDF of 1,000
 * such entries does not fit in that heap.)
 *
 * <p>Two ways to cut: {@link #byEntries(int)} puts the same number of entries in every volume (the
 * last may hold fewer); {@link #byGroup(int)} starts a new volume only between groups (OPDs or
 * themes) as long as a volume stays within its size, so a unit's innovations stay together — a group
 * larger than one volume fills volumes of its own.
 *
 * <p>The catalogue's entries are read twice: once to plan the volumes (only group keys are kept) and
 * once to write them (one volume's entries at a time). If the data changed in between, writing stops
 * with a {@link ReportException} coded {@code CATALOGUE_CHANGED}; write it again.
 *
 * <pre>{@code
 * ShowcaseCatalogue catalogue = reports.showcaseCatalogue(scope, filter, CatalogueGrouping.OPD);
 * List<PdfVolumes.Volume> written = PdfVolumes.byGroup(500).write(catalogue,
 *     v -> Files.newOutputStream(dir.resolve("katalog-jilid-" + v.number() + ".pdf")));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PdfVolumes {
  /** The most entries one PDF of the catalogue may hold (also the largest volume). */
  public static final int MAX_ENTRIES_PER_DOCUMENT = 500;

  private final int size;
  private final boolean byGroup;

  private PdfVolumes(int size, boolean byGroup) {
    if (size < 1 || size > MAX_ENTRIES_PER_DOCUMENT) {
      throw new ReportException("BAD_ARGUMENT", "error.argument.range", "entriesPerVolume", size, 1,
          MAX_ENTRIES_PER_DOCUMENT);
    }
    this.size = size;
    this.byGroup = byGroup;
  }

  /**
   * Cuts the catalogue every {@code entriesPerVolume} entries.
   *
   * @param entriesPerVolume entries in each volume, 1 to {@link #MAX_ENTRIES_PER_DOCUMENT}
   * @return the plan
   * @throws ReportException coded {@code BAD_ARGUMENT} if the size is outside that range
   */
  public static PdfVolumes byEntries(int entriesPerVolume) {
    return new PdfVolumes(entriesPerVolume, false);
  }

  /**
   * Cuts the catalogue between groups (OPDs or themes), with at most {@code maxEntriesPerVolume}
   * entries in a volume; a group longer than that is cut inside it.
   *
   * @param maxEntriesPerVolume the most entries in a volume, 1 to {@link #MAX_ENTRIES_PER_DOCUMENT}
   * @return the plan
   * @throws ReportException coded {@code BAD_ARGUMENT} if the size is outside that range
   */
  public static PdfVolumes byGroup(int maxEntriesPerVolume) {
    return new PdfVolumes(maxEntriesPerVolume, true);
  }

  /**
   * Where a volume goes: opens the stream the volume is written to. The stream is closed once the
   * volume is written (also when writing fails).
   */
  @FunctionalInterface
  public interface Target {
    /**
     * Opens the stream for a volume.
     *
     * @param volume the volume about to be written
     * @return a stream the volume's PDF is written to
     * @throws IOException if it cannot be opened
     */
    OutputStream open(Volume volume) throws IOException;
  }

  /**
   * One volume of the catalogue.
   *
   * @param number the volume's number, from 1
   * @param of how many volumes the catalogue has
   * @param firstEntry the number of its first entry (as numbered in the catalogue)
   * @param lastEntry the number of its last entry
   * @param entries how many entries it holds
   * @param groups the group keys (OPD codes or theme codes; {@code null} for entries without one)
   *     of its entries, in order, each once
   */
  public record Volume(int number, int of, long firstEntry, long lastEntry, int entries, List<String> groups) {
    /**
     * Copies the group list (it may hold {@code null} for "no group").
     *
     * @param number the volume's number, from 1
     * @param of how many volumes the catalogue has
     * @param firstEntry the number of its first entry
     * @param lastEntry the number of its last entry
     * @param entries how many entries it holds
     * @param groups the group keys of its entries, in order, each once
     */
    public Volume {
      groups = java.util.Collections.unmodifiableList(new ArrayList<>(groups));
    }
  }

  /**
   * Writes the catalogue as volumes.
   *
   * @param catalogue the catalogue (its entries are read twice)
   * @param target opens one stream per volume
   * @return the volumes written, in order (an empty catalogue gives one volume saying so)
   * @throws ReportException coded {@code CATALOGUE_CHANGED} if the entries changed between the reads
   * @throws UncheckedIOException if a stream cannot be opened or written
   */
  public List<Volume> write(ShowcaseCatalogue catalogue, Target target) {
    Checks.notNull(catalogue, "catalogue");
    Checks.notNull(target, "target");
    List<Volume> plan = plan(catalogue.entries());
    Iterator<CatalogueEntry> entries = catalogue.entries().iterator();
    for (Volume volume : plan) {
      List<CatalogueEntry> held = new ArrayList<>(volume.entries());
      while (held.size() < volume.entries() && entries.hasNext()) {
        held.add(entries.next());
      }
      if (held.size() != volume.entries() || (!held.isEmpty() && (held.get(0).number() != volume.firstEntry()
          || held.get(held.size() - 1).number() != volume.lastEntry()))) {
        throw changed(plan);
      }
      ShowcaseCatalogue part = new ShowcaseCatalogue(catalogue.info(), catalogue.grouping(), catalogue.stages(),
          catalogue.innovations(), catalogue.entryCount(), held);
      try (OutputStream out = target.open(volume)) {
        if (out == null) {
          throw new ReportException("BAD_ARGUMENT", "error.volume.noStream", volume.number());
        }
        PdfRenderer.renderVolume(part, volume, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (entries.hasNext()) {
      throw changed(plan);
    }
    return plan;
  }

  private static ReportException changed(List<Volume> plan) {
    long planned = plan.stream().mapToLong(Volume::entries).sum();
    return new ReportException("CATALOGUE_CHANGED", "error.volume.changed", planned);
  }

  /**
   * Reads the entries once, keeping only their numbers and where each group's run starts, and cuts
   * them into volumes.
   */
  List<Volume> plan(Iterable<CatalogueEntry> entries) {
    int[] numbers = new int[1024];
    int n = 0;
    List<int[]> runs = new ArrayList<>(); // index of the run's first entry, its length
    List<String> runGroups = new ArrayList<>();
    for (CatalogueEntry e : entries) {
      if (n == numbers.length) {
        numbers = java.util.Arrays.copyOf(numbers, n * 2);
      }
      numbers[n] = e.number();
      if (runs.isEmpty() || !Objects.equals(e.groupKey(), runGroups.get(runGroups.size() - 1))) {
        runs.add(new int[] {n, 0});
        runGroups.add(e.groupKey());
      }
      runs.get(runs.size() - 1)[1]++;
      n++;
    }
    if (n == 0) {
      return List.of(new Volume(1, 1, 0, 0, 0, List.of()));
    }
    List<Integer> starts = new ArrayList<>(); // index of each volume's first entry
    if (byGroup) {
      int filled = 0;
      for (int[] run : runs) {
        int left = run[1];
        int at = run[0];
        if (filled > 0 && filled + left > size) {
          filled = 0; // the group does not fit in what is left of this volume: it starts the next one
        }
        while (left > 0) {
          if (filled == 0) {
            starts.add(at);
          }
          int take = Math.min(left, size - filled);
          at += take;
          left -= take;
          filled = (filled + take) % size;
        }
      }
    } else {
      for (int i = 0; i < n; i += size) {
        starts.add(i);
      }
    }
    List<Volume> volumes = new ArrayList<>(starts.size());
    int run = 0;
    for (int v = 0; v < starts.size(); v++) {
      int from = starts.get(v);
      int to = v + 1 < starts.size() ? starts.get(v + 1) : n; // exclusive
      while (runs.get(run)[0] + runs.get(run)[1] <= from) {
        run++;
      }
      List<String> groups = new ArrayList<>();
      for (int r = run; r < runs.size() && runs.get(r)[0] < to; r++) {
        groups.add(runGroups.get(r));
      }
      volumes.add(new Volume(v + 1, starts.size(), numbers[from], numbers[to - 1], to - from, groups));
    }
    return volumes;
  }
}
