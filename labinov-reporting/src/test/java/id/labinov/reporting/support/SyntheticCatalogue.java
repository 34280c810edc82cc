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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A showcase catalogue grouped by OPD whose entries are made up one by one as they are read (none is
 * held): group {@code g} is the unit {@code UNIT<g>} ("Dinas Uji <g>") and holds {@code sizes[g]}
 * entries, numbered from 1 across groups; entry {@code i}'s title is "Inovasi nomor i".
 */
public final class SyntheticCatalogue {
  private SyntheticCatalogue() {}

  /** The catalogue; {@code reads} counts how many times its entries were iterated. */
  public static ShowcaseCatalogue of(Locale locale, AtomicInteger reads, int... sizes) {
    long n = 0;
    for (int s : sizes) {
      n += s;
    }
    String text = "Pelayanan terpadu bagi warga desa: pendaftaran, konsultasi dan pemantauan. ".repeat(8);
    LocalizedText stage = new LocalizedText("Display (memamerkan inovasi)", "Display (showcase)");
    Iterable<CatalogueEntry> entries = () -> {
      reads.incrementAndGet();
      return new Iterator<>() {
        int group;
        int inGroup;
        int number;

        @Override
        public boolean hasNext() {
          while (group < sizes.length && inGroup == sizes[group]) {
            group++;
            inGroup = 0;
          }
          return group < sizes.length;
        }

        @Override
        public CatalogueEntry next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          inGroup++;
          number++;
          String opd = "UNIT" + group;
          String name = "Dinas Uji " + group;
          return new CatalogueEntry(number, opd, name, "Inovasi nomor " + number, OpdCode.of(opd), name,
              Bentuk.PELAYANAN_PUBLIK, Jenis.DIGITAL, List.of(Theme.of("KOTA_LAYAK_ANAK")), List.of("Kota Layak Anak"),
              "DISPLAY", stage, null, LocalDate.of(2024, 8, 1), text, text, text, null);
        }
      };
    };
    ReportInfo info = new ReportInfo(ReportKind.SHOWCASE_CATALOGUE, locale, Instant.parse("2024-08-01T02:00:00Z"),
        IndonesianTimeZone.WIB, Scope.national());
    return new ShowcaseCatalogue(info, CatalogueGrouping.OPD, List.of("DISPLAY"), n, n, entries);
  }
}
