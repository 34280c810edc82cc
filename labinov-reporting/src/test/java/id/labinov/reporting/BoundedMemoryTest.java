package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.model.InnovationStatus;
import id.labinov.core.rules.Rulebooks;
import id.labinov.reporting.render.PdfVolumes;
import id.labinov.reporting.support.CatalogueVolumesPdf;
import id.labinov.reporting.support.HundredThousandCatalogueHtml;
import id.labinov.reporting.support.Pdf;
import id.labinov.reporting.support.HundredThousandSummary;
import id.labinov.reporting.support.SyntheticQuery;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programme summary over 100,000 innovations completes in a JVM with a 256 MiB heap, reading
 * them page by page from a query port that holds none of them; its counts match the data. The HTML
 * catalogue of 100,000 innovations (about 250 MB of HTML, more than the heap) streams out in a JVM
 * with a 128 MiB heap. Not timed.
 */
class BoundedMemoryTest {
  static final int N = 100_000;

  @Test
  void summaryOfAHundredThousandInnovationsFitsIn256MiB(@TempDir Path tmp) throws Exception {
    Map<String, Long> v = runForked(HundredThousandSummary.class, 256, tmp);
    assertThat(v.get("maxHeap")).as("the heap was limited").isLessThanOrEqualTo(256L * 1024 * 1024);
    assertThat(v).containsEntry("total", (long) N);
    Map<InnovationStatus, Long> status = new HashMap<>();
    Map<String, Long> opd = new HashMap<>();
    long[] reached = new long[5];
    long[] inStage = new long[5];
    for (int i = 0; i < N; i++) {
      status.merge(SyntheticQuery.status(i), 1L, Long::sum);
      opd.merge(i % 11 == 0 ? "" : SyntheticQuery.OPDS[i % SyntheticQuery.OPDS.length], 1L, Long::sum);
      inStage[SyntheticQuery.stageIndex(i)]++;
      for (int k = 0; k <= SyntheticQuery.stageIndex(i); k++) {
        reached[k]++;
      }
    }
    status.forEach((s, c) -> assertThat(v).containsEntry("status." + s.name(), c));
    opd.forEach((o, c) -> assertThat(v).containsEntry("opd." + o, c));
    List<String> stages = Rulebooks.fiveD().stages().stream().map(s -> s.code()).toList();
    for (int k = 0; k < 5; k++) {
      assertThat(v).containsEntry("funnel." + stages.get(k), reached[k]);
      assertThat(v).containsEntry("stage." + stages.get(k), inStage[k]);
    }
  }

  @Test
  void htmlCatalogueOfAHundredThousandInnovationsStreamsIn128MiB(@TempDir Path tmp) throws Exception {
    Map<String, Long> v = runForked(HundredThousandCatalogueHtml.class, 128, tmp);
    assertThat(v.get("maxHeap")).as("the heap was limited").isLessThanOrEqualTo(128L * 1024 * 1024);
    assertThat(v).containsEntry("entries", (long) N);
    assertThat(v.get("bytes")).as("the document is larger than the heap").isGreaterThan(128L * 1024 * 1024);
    assertThat(v.get("bytesWhenHalfRead")).as("half the entries were already written when the rest was read")
        .isGreaterThan(v.get("bytes") / 3);
  }

  /**
   * A catalogue too long for one PDF goes out in volumes, each laid out on its own: three volumes of
   * up to {@link PdfVolumes#MAX_ENTRIES_PER_DOCUMENT} entries (the largest a volume may be) in a
   * 256 MiB heap, so the heap a catalogue needs is that of one volume whatever its length.
   */
  @Test
  void pdfCatalogueInVolumesFitsIn256MiB(@TempDir Path tmp) throws Exception {
    int entries = 2 * PdfVolumes.MAX_ENTRIES_PER_DOCUMENT + 50;
    Map<String, Long> v = runForked(CatalogueVolumesPdf.class, 256, tmp, Integer.toString(entries),
        Integer.toString(PdfVolumes.MAX_ENTRIES_PER_DOCUMENT), tmp.toString());
    assertThat(v.get("maxHeap")).as("the heap was limited").isLessThanOrEqualTo(256L * 1024 * 1024);
    assertThat(v).containsEntry("volumes", 3L).containsEntry("entries", (long) entries).containsEntry("reads", 2L);
    for (int k = 1; k <= 3; k++) {
      Pdf pdf = Pdf.read(Files.readAllBytes(tmp.resolve("volume-" + k + ".pdf")));
      long first = (k - 1L) * PdfVolumes.MAX_ENTRIES_PER_DOCUMENT + 1;
      long last = Math.min((long) k * PdfVolumes.MAX_ENTRIES_PER_DOCUMENT, entries);
      assertThat(pdf.pageTexts.get(0).replaceAll("\\s+", " ")).as("volume %d", k)
          .contains("Jilid " + k + " dari 3", "entri nomor " + first + "\u2013" + last + " dari " + entries);
      assertThat(pdf.text).contains(first + ". Inovasi nomor " + first, last + ". Inovasi nomor " + last)
          .doesNotContain((last + 1) + ". Inovasi nomor " + (last + 1));
    }
  }

  /**
   * Runs {@code main} with {@link #N} in a JVM of its own with a heap of {@code heapMiB}, which exits
   * on the first {@code OutOfMemoryError}; asserts it finished with status 0 and returns the
   * {@code key=number} lines it printed.
   */
  private static Map<String, Long> runForked(Class<?> main, int heapMiB, Path tmp) throws Exception {
    return runForked(main, heapMiB, tmp, Integer.toString(N));
  }

  /** As above, with the given arguments for {@code main}. */
  private static Map<String, Long> runForked(Class<?> main, int heapMiB, Path tmp, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = tmp.resolve(main.getSimpleName() + ".out");
    List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx" + heapMiB + "m",
        "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true", "-Duser.timezone=Asia/Jayapura", "-cp",
        System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean done = p.waitFor(10, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(done).as("finished; output: %s", out).isTrue();
    assertThat(p.exitValue()).as("exit code; output: %s", out).isZero();
    Map<String, Long> v = new HashMap<>();
    for (String line : out.split("\\R")) {
      int eq = line.indexOf('=');
      if (eq > 0 && line.substring(eq + 1).matches("\\d+")) {
        v.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
      }
    }
    return v;
  }
}
