package id.labinov.examples.lebak;

import id.labinov.core.Labinov;
import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.EligibilityVerdict;
import id.labinov.core.cycle.EntryResult;
import id.labinov.core.cycle.SustainabilityStatus;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.evaluation.EvaluationDecision;
import id.labinov.core.evaluation.MonitoringEntry;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.FileRef;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.Person;
import id.labinov.core.model.PersonId;
import id.labinov.examples.lebak.FollowingYearsData.EntryRow;
import id.labinov.examples.lebak.FollowingYearsData.EventRow;
import id.labinov.examples.lebak.FollowingYearsData.LegalDocument;
import id.labinov.examples.lebak.FollowingYearsData.MonitoringPeriod;
import id.labinov.examples.lebak.FollowingYearsData.VersionRow;
import id.labinov.examples.lebak.LebakLabYear.PlayedYear;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Lebak example continued over the years after the 2019 lab year: 2020 to mid-2026, played from committed
 * hand-written data ({@link FollowingYearsData}) on a clock that moves through the years. The lab admin records a
 * monitoring entry per quarter for the displayed innovations (some stop: a few lapse, one falls behind, one that
 * stopped in 2021 is monitored again from 2023), development versions for some (wider scope, digitalisation, more
 * beneficiaries), IGA entries from 2023 (four innovations entered in 2024 and 2025, so at the two-entry limit; some
 * entered once and developed since, some entered once and not), KIPP entries with their results (one innovation in
 * the Top 99 twice, one in the Top 45), the decrees that establish the innovations (some team decrees expired), one
 * drop and one owner handover. On 1 July 2026 it answers which innovations may enter IGA 2026 and KIPP 2026, and
 * for each one that may not why and what would make it eligible, and shows the sustainability watch.
 *
 * <p>The 2019 lab year is played first (quietly). The IID 2026 preparation ({@link LebakIidYear}) is not replayed
 * here: its evidence register holds a 2025 decree without end date for every displayed innovation, so every legal
 * basis would stand; this run keeps the register to the decrees of its own data.
 *
 * <p>Runs in memory with {@code --memory}, on a fresh H2 file database by default, or on a server with a JDBC URL.
 * Arguments: {@code [jdbcUrl] [--memory] [--lang id|en] [--out folder] [--user u] [--password p]
 * [--prefix table_prefix_]}.
 */
public final class LebakFollowingYears {
  /** The day the questions are asked: the IGA 2026 entries are not closed yet, KIPP 2026's are. */
  static final LocalDate ASKED_ON = LocalDate.of(2026, 7, 1);
  /** The competition year asked about. */
  static final int YEAR = 2026;

  private LebakFollowingYears() {}

  /**
   * Where and on what the years run, and the language of the summary.
   *
   * @param output the output folder (the H2 database in {@code db/})
   * @param inMemory whether to run on in-memory stores instead of a database
   * @param jdbcUrl a server's JDBC URL, or {@code null} for the H2 file database
   * @param user the server user, or {@code null}
   * @param password the server password, or {@code null}
   * @param tablePrefix the table prefix, or {@code null}: {@code lbv_} on H2, a fresh one on a server
   * @param locale the summary's language: {@code id} (Bahasa Indonesia) or {@code en}
   */
  public record Settings(Path output, boolean inMemory, String jdbcUrl, String user, String password,
      String tablePrefix, Locale locale) {
    /**
     * Reads the settings from the arguments and the system properties the lab year reads.
     *
     * @param args {@code [jdbcUrl] [--memory] [--lang id|en] [--out folder] [--user u] [--password p] [--prefix p]}
     * @return the settings
     * @throws IllegalArgumentException for an unknown option or language, or a JDBC URL with {@code --memory}
     */
    public static Settings from(String... args) {
      List<String> rest = new ArrayList<>();
      Path out = Path.of(System.getProperty("labinov.examples.output", "output"), "lebak-2020-2026");
      boolean memory = false;
      Locale locale = Locale.forLanguageTag("id");
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--memory" -> memory = true;
          case "--out" -> out = Path.of(args[++i]);
          case "--lang" -> locale = language(args[++i]);
          default -> rest.add(args[i]);
        }
      }
      LebakLabYear.Settings db = LebakLabYear.Settings.from(rest.toArray(String[]::new));
      if (memory && rest.stream().anyMatch(a -> a.startsWith("jdbc:"))) {
        throw new IllegalArgumentException("give either --memory or a JDBC URL, not both");
      }
      return new Settings(out.toAbsolutePath(), memory, memory ? null : db.jdbcUrl(), db.user(), db.password(),
          db.tablePrefix(), locale);
    }

    private static Locale language(String tag) {
      return switch (tag.strip().toLowerCase(Locale.ROOT)) {
        case "id", "ind", "indonesia" -> Locale.forLanguageTag("id");
        case "en", "eng", "english" -> Locale.ENGLISH;
        default -> throw new IllegalArgumentException("unknown language " + tag + "; use --lang id or --lang en");
      };
    }
  }

  /**
   * Runs the years with the settings from the arguments and prints the summary.
   *
   * @param args see {@link Settings#from(String...)}
   */
  public static void main(String[] args) {
    ConsoleLogs.quiet();
    run(Settings.from(args), System.out);
  }

  /**
   * Runs the lab year, then the following years, then asks the questions of 1 July 2026.
   *
   * @param settings where, on what, in which language
   * @param out where the summary goes
   * @return what the years came to
   */
  public static FollowingYearsSummary run(Settings settings, PrintStream out) {
    return LabStores.open(settings.inMemory(), settings.jdbcUrl(), settings.user(), settings.password(),
        settings.tablePrefix(), settings.output().resolve("db"), "lby", (stores, database) -> run(settings, stores,
            database, out));
  }

  private static FollowingYearsSummary run(Settings settings, LabStores stores, String database, PrintStream out) {
    PlayedYear year = LebakLabYear.play(stores, new PrintStream(OutputStream.nullOutputStream()));
    Map<Integer, InnovationRef> displayed = year.displayedByNumber();
    Played played = playOn(year);

    year.clock().at(ASKED_ON, 0);
    Labinov lab = year.lab();
    List<EligibilityVerdict> iga = lab.cycle().eligibility(LabYear.ADMIN, LabYear.LEBAK, Competition.IGA, YEAR);
    List<EligibilityVerdict> kipp = lab.cycle().eligibility(LabYear.ADMIN, LabYear.LEBAK, Competition.KIPP, YEAR);
    List<SustainabilityStatus> watch = lab.cycle().sustainability(LabYear.ADMIN, LabYear.LEBAK);
    Map<InnovationRef, Integer> numbers = new LinkedHashMap<>();
    displayed.forEach((n, ref) -> numbers.put(ref, n));
    FollowingYearsSummary summary = new FollowingYearsSummary(database, displayed.size(), played.monitoringEntries(),
        played.versions(), played.igaEntries(), played.kippEntries(), played.entryRecords(), played.documents(),
        played.drops(), played.handovers(), played.handedOver(), ASKED_ON, iga, kipp, watch, numbers, year.directory(), lab);
    summary.print(out, settings.locale());
    List<java.nio.file.Path> files = new SustainabilityFiles(lab, year.directory(), year.clock().instant())
        .writeAll(settings.output());
    out.println();
    out.println((settings.locale().getLanguage().equals("en") ? "Sustainability report (every format, both languages): "
        : "Laporan keberlanjutan (semua format, dua bahasa): ") + files.size() + " file, " + settings.output());
    return summary;
  }

  /**
   * Plays the following years (2020 to mid-2026, from {@link FollowingYearsData}) on top of a played lab year: on its
   * stores, through its entry point, as its lab admin, moving its clock to the last dated step of the data. Writes no
   * file and prints nothing; new owners of handed-over innovations are entered in the year's directory.
   *
   * @param year the 2019 lab year, as {@link LebakLabYear#play} returned it
   * @return what the years recorded
   * @throws IllegalStateException if the data names an innovation that was not shown in 2019, or a step is refused
   */
  static Played playOn(PlayedYear year) {
    return new Years(year.lab(), year.clock(), year.directory(), year.displayedByNumber(), year.displayedTitles())
        .play(FollowingYearsData.load());
  }

  /**
   * What the following years recorded.
   *
   * @param monitoringEntries monitoring entries recorded
   * @param versions development versions recorded
   * @param igaEntries IGA entries (competition years)
   * @param kippEntries KIPP entries (competition years)
   * @param entryRecords competition records written (an entry, then its result)
   * @param documents legal basis documents registered
   * @param drops innovations dropped
   * @param handovers owner handovers
   * @param handedOver the handovers, each with its innovation, day and new owner
   */
  record Played(int monitoringEntries, int versions, int igaEntries, int kippEntries, int entryRecords,
      int documents, int drops, int handovers, List<FollowingYearsSummary.Handover> handedOver) {}

  /** Plays the dated steps of the data in the order of their days, through the library, as the lab admin. */
  private static final class Years {
    private final Labinov lab;
    private final ScenarioClock clock;
    private final LebakDirectory directory;
    private final Map<Integer, InnovationRef> refs;
    private final Map<Integer, String> titles;

    Years(Labinov lab, ScenarioClock clock, LebakDirectory directory, Map<Integer, InnovationRef> refs,
        Map<Integer, String> titles) {
      this.lab = lab;
      this.clock = clock;
      this.directory = directory;
      this.refs = Map.copyOf(refs);
      this.titles = Map.copyOf(titles);
    }

    /** One dated step: the day, an order within the day (documents first, then events, ...), and what it does. */
    private record Step(LocalDate day, int order, int number, Runnable action) {}

    Played play(FollowingYearsData data) {
      List<Step> steps = new ArrayList<>();
      int[] counts = new int[8];
      List<FollowingYearsSummary.Handover> handedOver = new ArrayList<>();
      for (LegalDocument d : data.legalBasis()) {
        steps.add(new Step(d.date(), 0, d.innovations().stream().min(Integer::compare).orElse(0), () -> {
          register(d);
          counts[5]++;
        }));
      }
      for (EventRow e : data.events()) {
        InnovationRef ref = innovation(e.number(), e.title(), FollowingYearsData.EVENTS);
        steps.add(new Step(e.day(), 1, e.number(), () -> {
          switch (e.kind()) {
            case DROP -> accept(lab.innovations().drop(ref, LabYear.ADMIN, e.reason(), Options.none()), e.title());
            case HANDOVER -> handedOver.add(handOver(ref, e));
          }
          counts[e.kind() == FollowingYearsData.EventKind.DROP ? 6 : 7]++;
        }));
      }
      for (MonitoringPeriod p : data.monitoring()) {
        InnovationRef ref = innovation(p.number(), p.title(), FollowingYearsData.MONITORING);
        List<LocalDate> days = p.days();
        for (int k = 0; k < days.size(); k++) {
          int index = k;
          steps.add(new Step(days.get(k), 2, p.number(), () -> {
            EvaluationDecision<MonitoringEntry> d = lab.evaluations().recordMonitoring(ref, LabYear.ADMIN,
                p.indicator(), p.value(index), days.get(index), p.note());
            if (!d.accepted()) {
              throw new IllegalStateException("monitoring of " + p.title() + " on " + days.get(index) + " refused: "
                  + d.verdict().describe(Locale.ENGLISH));
            }
            counts[0]++;
          }));
        }
      }
      for (VersionRow v : data.versions()) {
        InnovationRef ref = innovation(v.number(), v.title(), FollowingYearsData.VERSIONS);
        steps.add(new Step(v.recordedOn(), 3, v.number(), () -> {
          lab.cycle().recordVersion(LabYear.ADMIN, ref, v.year(), v.note(), v.changes());
          counts[1]++;
        }));
      }
      for (EntryRow e : data.entries()) {
        InnovationRef ref = innovation(e.number(), e.title(), FollowingYearsData.ENTRIES);
        boolean pending = e.result() == EntryResult.ENTERED;
        steps.add(new Step(e.enteredOn(), 4, e.number(), () -> {
          lab.cycle().recordEntry(LabYear.ADMIN, ref, e.competition(), e.year(), e.group(), EntryResult.ENTERED,
              pending ? e.note().orElse(null) : null);
          counts[e.competition() == Competition.IGA ? 2 : 3]++;
          counts[4]++;
        }));
        if (!pending) {
          LocalDate announced = e.announcedOn().orElseThrow(() -> new IllegalStateException(FollowingYearsData.ENTRIES
              + ": the result of " + e.title() + " in " + e.competition() + " " + e.year() + " has no announcement day"));
          steps.add(new Step(announced, 5, e.number(), () -> {
            lab.cycle().recordEntry(LabYear.ADMIN, ref, e.competition(), e.year(), e.group(), e.result(),
                e.note().orElse(null));
            counts[4]++;
          }));
        }
      }
      steps.sort(Comparator.comparing(Step::day).thenComparingInt(Step::order).thenComparingInt(Step::number));
      LocalDate day = null;
      int minute = 0;
      for (Step s : steps) {
        minute = s.day().equals(day) ? minute + 2 : 0;
        day = s.day();
        clock.at(day, 60 + minute);
        s.action().run();
      }
      return new Played(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7],
          List.copyOf(handedOver));
    }

    /**
     * Hands an innovation over to its new owner in the same OPD (serah terima), as the lab admin: the new owner is
     * entered in the directory first, so reports name them.
     */
    private FollowingYearsSummary.Handover handOver(InnovationRef ref, EventRow e) {
      PersonId newOwner = PersonId.of(e.newOwner().orElseThrow(() -> new IllegalStateException(
          FollowingYearsData.EVENTS + ": the handover of " + e.title() + " names no new owner")));
      directory.person(Person.named(newOwner, e.newOwnerName().orElse(newOwner.value())));
      accept(lab.innovations().handOver(ref, LabYear.ADMIN, newOwner, null, e.reason(), Options.none()), e.title());
      return new FollowingYearsSummary.Handover(ref, e.title(), e.day(), newOwner.value());
    }

    private void register(LegalDocument d) {
      Set<InnovationId> backs = new TreeSet<>();
      for (int n : d.innovations()) {
        backs.add(innovation(n, titles.get(n), FollowingYearsData.LEGAL_BASIS).id());
      }
      EvidenceDocument.Builder b = EvidenceDocument.builder(d.id(), LabYear.LEBAK, d.kind(), d.date())
          .number(d.number()).subject(d.subject()).issuer(d.issuer(), d.issuerLevel()).file(file(d.id()))
          .backs(backs, Set.of("REGULATION"));
      d.validUntil().ifPresent(until -> b.valid(null, until));
      lab.iid().addDocument(LabYear.ADMIN, b.build());
    }

    /** Returns the innovation of a registration number, after checking the title the data gives. */
    private InnovationRef innovation(int number, String title, String where) {
      InnovationRef ref = refs.get(number);
      if (ref == null) {
        throw new IllegalStateException(where + ": innovation number " + number + " (" + title
            + ") was not shown at the 2019 innovation week; use one of " + new TreeSet<>(refs.keySet()));
      }
      if (!titles.get(number).equals(title)) {
        throw new IllegalStateException(where + ": innovation number " + number + " is titled \""
            + titles.get(number) + "\", not \"" + title + "\"");
      }
      return ref;
    }

    private static void accept(CommandResult r, String title) {
      if (!r.accepted()) {
        throw new IllegalStateException(title + ": " + r.verdict().describe(Locale.ENGLISH));
      }
    }

    /** The decree's file on the region's legal documents server (the data is synthetic: the digest is the URI's). */
    private static FileRef file(String id) {
      URI uri = URI.create("https://jdih.lebakkab.go.id/inovasi/" + id + ".pdf");
      try {
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(uri.toString().getBytes(StandardCharsets.UTF_8));
        return new FileRef(uri, HexFormat.of().formatHex(sha), "application/pdf", 120_000L + (sha[0] & 0xff) * 1_000L);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is part of every JDK", e);
      }
    }
  }
}
