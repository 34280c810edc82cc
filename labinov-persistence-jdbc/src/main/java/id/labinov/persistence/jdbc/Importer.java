package id.labinov.persistence.jdbc;

import id.labinov.core.engine.Command;
import id.labinov.core.engine.Decider;
import id.labinov.core.engine.Decision;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Request;
import id.labinov.core.event.EventCodec;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Theme;
import id.labinov.core.port.Append;
import id.labinov.core.port.VersionConflictException;
import id.labinov.core.programme.Programme;
import id.labinov.core.rules.RuleContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Batch import: decides every item with the entry gate first, then writes the accepted ones in one
 * transaction, a JDBC batch per chunk. A chunk whose batch fails is rolled back to its savepoint and
 * written again item by item, each under a savepoint of its own, so one bad row costs only itself
 * (PostgreSQL would otherwise abort the whole transaction). With all-or-nothing, any refused or
 * failed item rolls everything back. Not API.
 */
final class Importer {
  /** Rolls the whole import back. */
  private static final class Undo extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Undo() {
      super("all-or-nothing import undone", null, false, false);
    }
  }

  private final Connections connections;
  private final Appender appender;
  private final JdbcRulebookStore rulebooks;
  private final JdbcProgrammeStore programmes;

  Importer(Connections connections, Appender appender, JdbcRulebookStore rulebooks, JdbcProgrammeStore programmes) {
    this.connections = connections;
    this.appender = appender;
    this.rulebooks = rulebooks;
    this.programmes = programmes;
  }

  List<ImportResult> run(List<ImportItem> items, ImportOptions options) {
    ImportResult[] results = new ImportResult[items.size()];
    List<Integer> accepted = new ArrayList<>();
    List<Append> appends = new ArrayList<>();
    Set<RegionCode> regions = new LinkedHashSet<>();
    for (int i = 0; i < items.size(); i++) {
      ImportItem item = items.get(i);
      Instant now = options.clock().instant().truncatedTo(ChronoUnit.MICROS);
      InnovationRef ref = new InnovationRef(item.region(), options.ids().newInnovationId(now));
      Decision d = Decider.decide(null, Request.of(ref, item.actor(), new Command.Propose(item.details(),
          item.programmeId())), options.rulebook(), context(item, now), options.ids());
      if (d.accepted()) {
        accepted.add(i);
        appends.add(new Append(ref, 0, d.events(), d.findState().orElseThrow(), null));
        regions.add(item.region());
        results[i] = new ImportResult(i, ImportResult.Outcome.WRITTEN, ref, d.verdict(), null);
      } else {
        results[i] = new ImportResult(i, ImportResult.Outcome.REFUSED, null, d.verdict(), null);
      }
    }
    boolean refused = accepted.size() < items.size();
    if (appends.isEmpty() || (refused && options.allOrNothing())) {
      return rolledBack(results, accepted);
    }
    // later commands find the rulebook the imported innovations follow
    regions.forEach(r -> rulebooks.save(r, options.rulebook()));
    try {
      connections.write("import " + appends.size() + " innovations", c -> {
        for (int from = 0; from < appends.size(); from += options.batchSize()) {
          int to = Math.min(appends.size(), from + options.batchSize());
          writeChunk(c, appends.subList(from, to), accepted.subList(from, to), results);
        }
        if (options.allOrNothing() && Arrays.stream(results).anyMatch(r -> r.outcome() != ImportResult.Outcome.WRITTEN)) {
          throw new Undo();
        }
        return null;
      });
    } catch (Undo e) {
      return rolledBack(results, accepted);
    }
    return List.of(results);
  }

  private RuleContext context(ImportItem item, Instant now) {
    RuleContext.Builder b = RuleContext.builder().now(now).zone(item.region().defaultTimeZone().zoneId());
    if (item.programmeId() != null) {
      Optional<Programme> p = programmes.load(item.region(), item.programmeId());
      p.ifPresent(x -> b.programme(x.toContext()).zone(x.timeZone().zoneId()));
    }
    return b.build();
  }

  private static List<ImportResult> rolledBack(ImportResult[] results, List<Integer> accepted) {
    for (int i : accepted) {
      ImportResult r = results[i];
      if (r.outcome() == ImportResult.Outcome.WRITTEN) {
        results[i] = new ImportResult(i, ImportResult.Outcome.ROLLED_BACK, r.ref(), r.verdict(), null);
      }
    }
    return List.of(results);
  }

  private void writeChunk(Connection c, List<Append> chunk, List<Integer> indexes, ImportResult[] results)
      throws SQLException {
    Savepoint whole = c.setSavepoint();
    try {
      writeBatch(c, chunk);
      return;
    } catch (SQLException e) {
      c.rollback(whole);
    }
    for (int k = 0; k < chunk.size(); k++) {
      int i = indexes.get(k);
      Savepoint one = c.setSavepoint();
      try {
        appender.append(c, chunk.get(k));
      } catch (SQLException e) {
        c.rollback(one);
        results[i] = failed(results[i], Connections.storage("import " + chunk.get(k).target(), e));
      } catch (Appender.Conflict e) {
        c.rollback(one);
        results[i] = failed(results[i], new VersionConflictException(chunk.get(k).target(), 0,
            e.actual == null ? -1 : e.actual));
      }
    }
  }

  private static ImportResult failed(ImportResult r, RuntimeException error) {
    return new ImportResult(r.index(), ImportResult.Outcome.FAILED, r.ref(), r.verdict(), error);
  }

  /** Writes new innovations: state rows, themes, hash-chained events and feed entries, one batch each. */
  private void writeBatch(Connection c, List<Append> chunk) throws SQLException {
    int events = 0;
    try (PreparedStatement state = c.prepareStatement(appender.insertStateSql());
        PreparedStatement event = c.prepareStatement(appender.insertEventSql());
        PreparedStatement theme = c.prepareStatement(appender.insertThemeSql())) {
      for (Append a : chunk) {
        String hash = HashChain.GENESIS;
        String region = a.target().region().value();
        String id = a.target().id().toString();
        for (InnovationEvent e : a.events()) {
          byte[] payload = EventCodec.encode(e);
          hash = HashChain.next(hash, payload);
          Sql.bind(event, List.of(region, id, e.metadata().sequence(), e.metadata().eventId().toString(), e.type(),
              e.metadata().occurredAt(), payload, hash));
          event.addBatch();
          events++;
        }
        InnovationState s = a.state();
        Sql.bind(state, Arrays.asList(Appender.insertStateParams(s, hash)));
        state.addBatch();
        for (Theme t : s.details().themes()) {
          Sql.bind(theme, List.of(id, t.code()));
          theme.addBatch();
        }
      }
      state.executeBatch();
      theme.executeBatch();
      event.executeBatch();
    }
    long position = appender.reservePositions(c, events);
    try (PreparedStatement outbox = c.prepareStatement(appender.insertOutboxSql())) {
      for (Append a : chunk) {
        for (InnovationEvent e : a.events()) {
          Sql.bind(outbox, List.of(position++, a.target().region().value(), a.target().id().toString(),
              e.metadata().sequence(), e.type()));
          outbox.addBatch();
        }
      }
      outbox.executeBatch();
    }
  }
}
