package id.labinov.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.labinov.reporting.ReportException;
import id.labinov.reporting.data.CatalogueEntry;
import id.labinov.reporting.data.ShowcaseCatalogue;
import id.labinov.reporting.support.Pdf;
import id.labinov.reporting.support.SyntheticCatalogue;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A catalogue too long for one PDF: refused with the limit and the ways round it named; written as
 * volumes, each a complete PDF with its own contents page. The cutting is checked as a property
 * against the rules written in {@link PdfVolumes}; the large run in a small heap is in
 * {@code BoundedMemoryTest}.
 */
class PdfVolumesTest {
  static final Locale ID = Locale.forLanguageTag("id");

  @Test
  void aCatalogueLongerThanOnePdfHoldsIsRefusedNamingTheLimitAndTheWaysRoundIt() {
    AtomicInteger reads = new AtomicInteger();
    ShowcaseCatalogue c = SyntheticCatalogue.of(ID, reads, 600, 401);
    assertThatThrownBy(() -> ReportFormat.PDF.write(c, new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(ReportException.class, e -> {
          assertThat(e.code()).isEqualTo("CATALOGUE_TOO_LONG_FOR_PDF");
          assertThat(e.getMessage(ID)).contains("1001 entri", "paling banyak 500", "PdfVolumes", "--volume-size",
              "HTML");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("1001 entries", "at most 500", "PdfVolumes");
        });
    assertThat(reads).as("refused before anything was read").hasValue(0);
  }

  @Test
  void aCatalogueWhoseEntriesOutnumberItsCountIsRefusedToo() {
    ShowcaseCatalogue real = SyntheticCatalogue.of(ID, new AtomicInteger(), 1001);
    ShowcaseCatalogue claimsTen = new ShowcaseCatalogue(real.info(), real.grouping(), real.stages(), 10, 10,
        real.entries());
    assertThatThrownBy(() -> ReportFormat.PDF.write(claimsTen, new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(ReportException.class, e -> assertThat(e.code()).isEqualTo("CATALOGUE_TOO_LONG_FOR_PDF"));
  }

  @Test
  void volumeSizesOutsideOneToTheLimitAreRefused() {
    for (int bad : new int[] {0, -1, PdfVolumes.MAX_ENTRIES_PER_DOCUMENT + 1}) {
      assertThatThrownBy(() -> PdfVolumes.byEntries(bad)).isInstanceOfSatisfying(ReportException.class, e -> {
        assertThat(e.code()).isEqualTo("BAD_ARGUMENT");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("entriesPerVolume", "1 to 500");
      });
      assertThatThrownBy(() -> PdfVolumes.byGroup(bad)).isInstanceOf(ReportException.class);
    }
  }

  @Test
  void eachVolumeIsACompletePdfWithItsHeaderAndAContentsPageGivingTheRightPages() {
    AtomicInteger reads = new AtomicInteger();
    // three units of 7, 5 and 9 entries, cut every 8: volumes 1-8, 9-16, 17-21
    ShowcaseCatalogue c = SyntheticCatalogue.of(ID, reads, 7, 5, 9);
    Map<Integer, ByteArrayOutputStream> written = new LinkedHashMap<>();
    List<PdfVolumes.Volume> volumes = PdfVolumes.byEntries(8).write(c, v -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      written.put(v.number(), out);
      return out;
    });
    assertThat(reads).as("read once to plan, once to write").hasValue(2);
    assertThat(volumes).extracting(PdfVolumes.Volume::firstEntry).containsExactly(1L, 9L, 17L);
    assertThat(volumes).extracting(PdfVolumes.Volume::lastEntry).containsExactly(8L, 16L, 21L);
    assertThat(volumes).extracting(PdfVolumes.Volume::groups)
        .containsExactly(List.of("UNIT0", "UNIT1"), List.of("UNIT1", "UNIT2"), List.of("UNIT2"));
    List<String> titles = new ArrayList<>();
    for (PdfVolumes.Volume v : volumes) {
      Pdf pdf = Pdf.read(written.get(v.number()).toByteArray());
      String first = pdf.pageTexts.get(0).replaceAll("\\s+", " ");
      assertThat(first).contains("Jilid " + v.number() + " dari 3", "entri nomor " + v.firstEntry() + "\u2013"
          + v.lastEntry() + " dari 21", "Daftar isi", "Nomor entri");
      // every group in the contents names the page its heading is on
      Matcher m = Pattern.compile("(Dinas Uji \\d) (\\d+)(?:\u2013(\\d+))? (\\d+)").matcher(first);
      int groups = 0;
      while (m.find()) {
        groups++;
        int page = Integer.parseInt(m.group(4));
        assertThat(page).as(m.group()).isBetween(2, pdf.pages);
        String onPage = pdf.pageTexts.get(page - 1);
        assertThat(onPage).as("page %d holds the heading of %s and its first entry", page, m.group(1))
            .contains(m.group(1)).contains(m.group(2) + ". Inovasi nomor " + m.group(2));
      }
      assertThat(groups).isEqualTo(v.groups().size());
      Matcher t = Pattern.compile("\\d+\\. Inovasi nomor (\\d+)").matcher(pdf.text);
      while (t.find()) {
        titles.add(t.group(1));
      }
    }
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 21; i++) {
      expected.add(Integer.toString(i));
    }
    assertThat(titles).as("every entry once, in order, across the volumes").isEqualTo(expected);
  }

  @Test
  void theEnglishVolumeSpeaksEnglish() {
    ShowcaseCatalogue c = SyntheticCatalogue.of(Locale.ENGLISH, new AtomicInteger(), 3, 2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfVolumes.byGroup(10).write(c, v -> out);
    String first = Pdf.read(out.toByteArray()).pageTexts.get(0).replaceAll("\\s+", " ");
    assertThat(first).contains("Volume 1 of 1", "entries 1\u20135 of 5", "Contents", "Entry numbers");
  }

  @Test
  void aCatalogueThatChangesBetweenTheReadsStopsWithATypedError() {
    AtomicInteger reads = new AtomicInteger();
    ShowcaseCatalogue grows = SyntheticCatalogue.of(ID, reads, 4);
    ShowcaseCatalogue longer = SyntheticCatalogue.of(ID, new AtomicInteger(), 5);
    Iterable<CatalogueEntry> changing = () -> reads.get() == 0 ? grows.entries().iterator()
        : longer.entries().iterator();
    ShowcaseCatalogue c = new ShowcaseCatalogue(grows.info(), grows.grouping(), grows.stages(), 4, 4, changing);
    assertThatThrownBy(() -> PdfVolumes.byEntries(2).write(c, v -> new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(ReportException.class, e -> {
          assertThat(e.code()).isEqualTo("CATALOGUE_CHANGED");
          assertThat(e.getMessage(ID)).contains("4 entri", "tulis ulang");
        });
  }

  @Test
  void anEmptyCatalogueIsOneVolumeSayingSo() {
    ShowcaseCatalogue c = SyntheticCatalogue.of(ID, new AtomicInteger());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(PdfVolumes.byEntries(5).write(c, v -> out)).singleElement()
        .satisfies(v -> assertThat(v.entries()).isZero());
    assertThat(Pdf.read(out.toByteArray()).text).contains("Tidak ada data.");
  }

  /**
   * The cut, for any group lengths and volume size: volumes cover the entries in order without gaps;
   * none holds more than its size; by entries every volume but the last is full; by group a volume
   * ends early only before a group that would not fit in what is left, and a group that fits in one
   * volume is never cut.
   */
  @Test
  void volumesAreCutAsDocumented() {
    qt().withExamples(400).forAll(lists().of(integers().between(1, 30)).ofSizeBetween(0, 15),
        integers().between(1, 25)).checkAssert((sizes, size) -> {
          int[] s = sizes.stream().mapToInt(Integer::intValue).toArray();
          int total = sizes.stream().mapToInt(Integer::intValue).sum();
          int[] groupOf = new int[total + 1];
          int[] groupStart = new int[s.length];
          for (int g = 0, n = 1; g < s.length; g++) {
            groupStart[g] = n;
            for (int k = 0; k < s[g]; k++) {
              groupOf[n++] = g;
            }
          }
          for (boolean byGroup : new boolean[] {false, true}) {
            PdfVolumes plan = byGroup ? PdfVolumes.byGroup(size) : PdfVolumes.byEntries(size);
            List<PdfVolumes.Volume> v = plan.plan(SyntheticCatalogue.of(ID, new AtomicInteger(), s).entries());
            if (total == 0) {
              assertThat(v).singleElement().satisfies(x -> assertThat(x.entries()).isZero());
              continue;
            }
            long next = 1;
            for (int i = 0; i < v.size(); i++) {
              PdfVolumes.Volume x = v.get(i);
              assertThat(x.number()).isEqualTo(i + 1);
              assertThat(x.of()).isEqualTo(v.size());
              assertThat(x.firstEntry()).isEqualTo(next);
              assertThat(x.entries()).isBetween(1, size).isEqualTo((int) (x.lastEntry() - x.firstEntry() + 1));
              List<String> groups = new ArrayList<>();
              for (long e = x.firstEntry(); e <= x.lastEntry(); e++) {
                String g = "UNIT" + groupOf[(int) e];
                if (groups.isEmpty() || !groups.get(groups.size() - 1).equals(g)) {
                  groups.add(g);
                }
              }
              assertThat(x.groups()).isEqualTo(groups);
              next = x.lastEntry() + 1;
              boolean last = i == v.size() - 1;
              if (!byGroup && !last) {
                assertThat(x.entries()).isEqualTo(size);
              }
              if (byGroup && !last && x.entries() < size) {
                int nextGroup = groupOf[(int) next];
                assertThat(groupStart[nextGroup]).as("cut early only before a group").isEqualTo(next);
                assertThat(s[nextGroup]).as("and only if it did not fit").isGreaterThan(size - x.entries());
              }
            }
            assertThat(next - 1).isEqualTo(total);
            if (byGroup) {
              for (int g = 0; g < s.length; g++) {
                if (s[g] <= size) {
                  int first = groupStart[g];
                  int lastEntry = first + s[g] - 1;
                  assertThat(v).as("group %d of %d entries stays in one volume", g, s[g])
                      .anyMatch(x -> x.firstEntry() <= first && x.lastEntry() >= lastEntry);
                }
              }
            }
          }
        });
  }
}
