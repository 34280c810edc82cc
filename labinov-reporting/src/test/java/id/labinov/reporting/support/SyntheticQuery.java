package id.labinov.reporting.support;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Scope;
import id.labinov.core.query.CountRow;
import id.labinov.core.query.Dimension;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.query.StageDuration;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.spi.InnovationQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A query port over {@code n} made-up innovations of Lebak that exist only while a page is read:
 * innovation {@code i} is computed from {@code i} alone (OPD, form, type, stage, status, stays), so no
 * store holds them. Counts walk them one at a time.
 */
public final class SyntheticQuery implements InnovationQuery {
  public static final String[] OPDS = {"DINKES", "DISDIK", "DISHUB", "DPMPTSP", "DINSOS", "BAPPEDA"};
  private static final Rulebook RULEBOOK = Rulebooks.fiveD();
  private static final List<String> STAGES = RULEBOOK.stages().stream().map(s -> s.code()).toList();
  private static final Instant START = Scenario.START;
  private final int n;

  public SyntheticQuery(int n) {
    this.n = n;
  }

  /** How far innovation {@code i} got: stage index 0-4. */
  public static int stageIndex(int i) {
    return (i / 3) % 5;
  }

  public static InnovationStatus status(int i) {
    return i % 10 == 0 ? InnovationStatus.DROPPED : i % 7 == 0 ? InnovationStatus.ON_HOLD : InnovationStatus.ACTIVE;
  }

  static InnovationId id(int i) {
    long millis = START.plusSeconds(i).toEpochMilli();
    return new InnovationId(new UUID((millis << 16) | 0x7000L, 0x8000000000000000L | i));
  }

  static int index(InnovationId id) {
    return (int) (id.value().getLeastSignificantBits() & 0x3FFFFFFFFFFFFFFFL);
  }

  static InnovationSummary summary(int i) {
    int k = stageIndex(i);
    Instant proposed = START.plusSeconds(i);
    Instant entered = proposed.plus(Duration.ofDays(10L * k));
    return new InnovationSummary(new InnovationRef(Scenario.LEBAK, id(i)), "Inovasi " + i,
        i % 11 == 0 ? null : OpdCode.of(OPDS[i % OPDS.length]), Bentuk.values()[i % Bentuk.values().length],
        i % 4 == 0 ? null : Jenis.values()[i % Jenis.values().length], Set.of(), null, RULEBOOK.id(),
        RULEBOOK.version(), STAGES.get(k), status(i), entered, proposed, entered, 1 + 3L * k);
  }

  private int first(PageRequest page) {
    return page.after() == null ? 0 : index(page.after()) + 1;
  }

  /** The page's innovations that match, and where the next page starts. */
  private Page<InnovationSummary> page(Scope scope, InnovationFilter filter, PageRequest page) {
    List<InnovationSummary> items = new ArrayList<>(page.size());
    int i = first(page);
    for (; i < n && items.size() < page.size(); i++) {
      InnovationSummary s = summary(i);
      if (scope.includes(s.ref().region()) && filter.matches(s)) {
        items.add(s);
      }
    }
    boolean more = i < n;
    return new Page<>(items, more && !items.isEmpty()
        ? new PageRequest(page.size(), items.get(items.size() - 1).ref().id()) : null);
  }

  @Override
  public Page<InnovationSummary> find(Scope scope, InnovationFilter filter, PageRequest page) {
    return page(scope, filter, page);
  }

  @Override
  public List<CountRow> count(Scope scope, InnovationFilter filter, Dimension dimension) {
    TreeMap<String, Long> counts = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      InnovationSummary s = summary(i);
      if (scope.includes(s.ref().region()) && filter.matches(s)) {
        String key = switch (dimension) {
          case STAGE -> s.stage();
          case STATUS -> s.status().name();
          case OPD -> s.opd() == null ? "" : s.opd().value();
          case BENTUK -> s.bentuk() == null ? "" : s.bentuk().name();
          case JENIS -> s.jenis() == null ? "" : s.jenis().name();
          default -> throw new UnsupportedOperationException("dimension " + dimension);
        };
        counts.merge(key, 1L, Long::sum);
      }
    }
    return counts.entrySet().stream().map(e -> new CountRow(e.getKey(), e.getValue())).toList();
  }

  @Override
  public Page<StageDuration> stageDurations(Scope scope, InnovationFilter filter, Instant asOf, PageRequest page) {
    Page<InnovationSummary> summaries = page(scope, filter, page);
    List<StageDuration> stays = new ArrayList<>();
    for (InnovationSummary s : summaries.items()) {
      int k = stageIndex(index(s.ref().id()));
      for (int j = 0; j <= k; j++) {
        Instant in = s.proposedAt().plus(Duration.ofDays(10L * j));
        Instant out = j < k ? in.plus(Duration.ofDays(10)) : null;
        stays.add(new StageDuration(s.ref(), s.opd(), STAGES.get(j), in, out,
            out != null ? 10 : Duration.between(in, asOf).toDays()));
      }
    }
    return new Page<>(stays, summaries.next());
  }
}
