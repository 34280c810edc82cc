package id.labinov.reporting.support;

import id.labinov.core.model.Bentuk;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Scope;
import id.labinov.core.model.Theme;
import id.labinov.core.rules.LocalizedText;
import id.labinov.reporting.data.CatalogueEntry;
import id.labinov.reporting.data.CatalogueGrouping;
import id.labinov.reporting.data.ReportInfo;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.data.ShowcaseCatalogue;
import id.labinov.reporting.render.ReportFormat;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Run in a JVM of its own with a small heap: renders a showcase catalogue of {@code args[0]}
 * innovations, made up one by one as the renderer asks for them, to HTML into a stream that only
 * counts, and prints {@code entries=}, {@code bytes=}, {@code bytesWhenHalfRead=} and
 * {@code maxHeap=}. Exits non-zero if rendering fails (e.g. runs out of memory).
 */
public final class HundredThousandCatalogueHtml {
  private HundredThousandCatalogueHtml() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    long[] bytes = {0};
    long[] whenHalf = {-1};
    int[] made = {0};
    OutputStream counting = new OutputStream() {
      @Override
      public void write(int b) {
        bytes[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        bytes[0] += len;
      }
    };
    String text = "Pelayanan terpadu bagi warga desa: pendaftaran, konsultasi dan pemantauan. ".repeat(8);
    LocalizedText stage = new LocalizedText("Display (memamerkan inovasi)", "Display (showcase)");
    Iterable<CatalogueEntry> entries = () -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        return made[0] < n;
      }

      @Override
      public CatalogueEntry next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int i = made[0]++;
        if (i == n / 2) {
          whenHalf[0] = bytes[0];
        }
        String opd = SyntheticQuery.OPDS[(i / 1000) % SyntheticQuery.OPDS.length];
        return new CatalogueEntry(i + 1, opd, "Dinas " + opd, "Inovasi nomor " + i, OpdCode.of(opd), "Dinas " + opd,
            Bentuk.PELAYANAN_PUBLIK, Jenis.DIGITAL, List.of(Theme.of("KOTA_LAYAK_ANAK")), List.of("Kota Layak Anak"), "DISPLAY", stage, null,
            LocalDate.of(2024, 8, 1), text, text, text, null);
      }
    };
    ReportInfo info = new ReportInfo(ReportKind.SHOWCASE_CATALOGUE, Locale.forLanguageTag("id"),
        Instant.parse("2024-08-01T02:00:00Z"), IndonesianTimeZone.WIB, Scope.national());
    ShowcaseCatalogue catalogue = new ShowcaseCatalogue(info, CatalogueGrouping.OPD, List.of("DISPLAY"), n, n, entries);
    ReportFormat.HTML.write(catalogue, counting);
    System.out.println("entries=" + made[0]);
    System.out.println("bytes=" + bytes[0]);
    System.out.println("bytesWhenHalfRead=" + whenHalf[0]);
    System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory());
  }
}
