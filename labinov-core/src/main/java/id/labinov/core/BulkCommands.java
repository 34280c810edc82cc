package id.labinov.core;

import id.labinov.core.CommandPipeline.CommandSource;
import id.labinov.core.CommandPipeline.Decided;
import id.labinov.core.engine.BulkOptions;
import id.labinov.core.engine.BulkResult;
import id.labinov.core.engine.BulkSummary;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.Refusal;
import id.labinov.core.engine.StorageException;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.error.LabinovException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.programme.Programme;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.spi.Append;
import id.labinov.core.spi.AppendOutcome;
import id.labinov.core.spi.BulkTransaction;
import id.labinov.core.spi.IdempotencyRecord;
import id.labinov.core.spi.InnovationQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The bulk form of the command path: items go in chunks, each chunk one store transaction
 * ({@link id.labinov.core.spi.InnovationStore#transactAll}) that looks the chunk's idempotency keys
 * up (one lookup per region), reads every state at once, decides each item with the single
 * command's steps ({@link CommandPipeline#decideOne}: expected version, transition from the state,
 * authorisation, rule context, decider) and hands the accepted appends to the store together; a
 * conflict or failure of one item leaves the others written. After each chunk commits, refusals go
 * to the refusal sink and log, each accepted item's events to the listeners, replayed keys are
 * answered with their first results, and items that lost a race without an expected version run
 * again (up to the facade's conflict retries). A chunk holds each innovation and each idempotency
 * key at most once; an item that repeats one starts the next chunk, so it is decided on what the
 * earlier one wrote, as it would be one by one. Thread-safe.
 */
final class BulkCommands {
  /**
   * One item: the command path's inputs for one innovation.
   *
   * @param ref the innovation
   * @param actor who acts
   * @param options the item's key and expected version
   * @param source the command, built from the state the chunk reads
   */
  record Item(InnovationRef ref, Actor actor, Options options, CommandSource source) {}

  /** What an item came to inside its chunk's transaction, before the commit. */
  private sealed interface Provisional {
    /** Written: its result. */
    record Written(CommandResult result) implements Provisional {}

    /** Refused: the result and the refusal to record. */
    record Refused(CommandResult result, Refusal refusal) implements Provisional {}

    /** Its key was stored before: the record, or {@code null} when only the key is known. */
    record Replay(IdempotencyRecord record) implements Provisional {}

    /** Lost a race without an expected version: to run again. */
    record Again(VersionConflictException conflict) implements Provisional {}

    /** Done: a conflict of the caller's version, or an error. */
    record Error(LabinovException error) implements Provisional {}
  }

  private final CommandPipeline pipeline;
  private final InnovationQuery query;
  private final int defaultChunkSize;

  BulkCommands(CommandPipeline pipeline, InnovationQuery query, int defaultChunkSize) {
    this.pipeline = pipeline;
    this.query = query;
    this.defaultChunkSize = defaultChunkSize;
  }

  /** The chunk size of a call: its own, or the facade's. */
  int chunkSize(BulkOptions options) {
    return options.findChunkSize().orElse(defaultChunkSize);
  }

  /**
   * Runs every item, chunk by chunk, and returns one result per item in order; each result also
   * goes to the options' consumer after its chunk.
   */
  List<BulkResult> runAll(List<Item> items, BulkOptions options) {
    List<BulkResult> out = new ArrayList<>(items.size());
    Consumer<? super BulkResult> each = options.eachResult();
    run(items, chunkSize(options), r -> {
      out.add(r);
      each.accept(r);
    });
    return out;
  }

  /**
   * Runs a command on every innovation of a scope that matches a filter, a page of the query port
   * per chunk (keyset paging by id, so each innovation is met at most once, also as the commands
   * move innovations out of the filter). Each item expects the version the query saw: an
   * innovation changed in between is a conflict, not decided on a state the caller did not select.
   * Holds only the problems, not every result.
   */
  BulkSummary runWhere(Scope scope, InnovationFilter filter, Actor actor, BulkOptions options,
      Function<InnovationSummary, CommandSource> source) {
    Checks.notNull(scope, "scope");
    Checks.notNull(filter, "filter");
    Checks.notNull(actor, "actor");
    InnovationQuery visible = new ActorQuery(query, actor);
    long[] counts = new long[BulkResult.Outcome.values().length];
    List<BulkResult> problems = new ArrayList<>();
    Consumer<? super BulkResult> each = options.eachResult();
    Consumer<BulkResult> sink = r -> {
      BulkResult.Outcome o = r.outcome();
      counts[o.ordinal()]++;
      if (o == BulkResult.Outcome.REFUSED) {
        CommandResult c = r.result();
        problems.add(new BulkResult(r.ref(), new CommandResult(c.ref(), c.verdict(), List.of(), null, false), null));
      } else if (o == BulkResult.Outcome.CONFLICT || o == BulkResult.Outcome.FAILED) {
        problems.add(r);
      }
      each.accept(r);
    };
    int size = chunkSize(options);
    PageRequest page = PageRequest.first(size);
    while (page != null) {
      Page<InnovationSummary> p = visible.find(scope, filter, page);
      List<Item> items = new ArrayList<>(p.items().size());
      for (InnovationSummary s : p.items()) {
        items.add(new Item(s.ref(), actor, Options.none().expectingVersion(s.version()), source.apply(s)));
      }
      run(items, size, sink);
      page = p.next();
    }
    return new BulkSummary(counts[BulkResult.Outcome.ACCEPTED.ordinal()], counts[BulkResult.Outcome.REFUSED.ordinal()],
        counts[BulkResult.Outcome.CONFLICT.ordinal()], counts[BulkResult.Outcome.REPLAYED.ordinal()],
        counts[BulkResult.Outcome.FAILED.ordinal()], problems);
  }

  /** Splits the items into chunks and runs them in order, handing each result to {@code sink}. */
  private void run(List<Item> items, int chunkSize, Consumer<BulkResult> sink) {
    List<Item> chunk = new ArrayList<>();
    Set<InnovationRef> refs = new HashSet<>();
    Set<List<Object>> keys = new HashSet<>();
    for (Item item : items) {
      String key = item.options().idempotencyKey();
      List<Object> regionKey = key == null ? null : List.of(item.ref().region(), key);
      if (chunk.size() == chunkSize || refs.contains(item.ref()) || regionKey != null && keys.contains(regionKey)) {
        runChunk(chunk).forEach(sink);
        chunk.clear();
        refs.clear();
        keys.clear();
      }
      chunk.add(item);
      refs.add(item.ref());
      if (regionKey != null) {
        keys.add(regionKey);
      }
    }
    if (!chunk.isEmpty()) {
      runChunk(chunk).forEach(sink);
    }
  }

  /** Runs one chunk: one transaction, then again for the items that lost a race, up to the retries. */
  private List<BulkResult> runChunk(List<Item> chunk) {
    BulkResult[] results = new BulkResult[chunk.size()];
    List<Integer> pending = new ArrayList<>(chunk.size());
    for (int i = 0; i < chunk.size(); i++) {
      pending.add(i);
    }
    for (int attempt = 0; !pending.isEmpty(); attempt++) {
      List<Item> items = new ArrayList<>(pending.size());
      List<InnovationRef> refs = new ArrayList<>(pending.size());
      for (int i : pending) {
        items.add(chunk.get(i));
        refs.add(chunk.get(i).ref());
      }
      Provisional[] outcomes;
      try {
        outcomes = pipeline.store().transactAll(refs, tx -> decideAndWrite(tx, items));
      } catch (LabinovException e) {
        // the chunk's transaction failed as a whole (e.g. the database is unreachable): nothing of it was written
        for (int i : pending) {
          results[i] = new BulkResult(chunk.get(i).ref(), null, e);
        }
        break;
      }
      pending = afterCommit(chunk, pending, outcomes, results, attempt >= pipeline.conflictRetries());
    }
    return List.of(results);
  }

  /**
   * What follows a chunk's commit: refusals recorded, listeners told, replays answered; returns the
   * items to run again ({@code lastAttempt}: none, they are conflicts).
   */
  private List<Integer> afterCommit(List<Item> chunk, List<Integer> pending, Provisional[] outcomes,
      BulkResult[] results, boolean lastAttempt) {
    List<Refusal> refusals = new ArrayList<>();
    List<Integer> again = new ArrayList<>();
    for (int k = 0; k < outcomes.length; k++) {
      Provisional p = outcomes[k];
      if (p instanceof Provisional.Refused r && r.refusal() != null) {
        refusals.add(r.refusal());
      }
    }
    pipeline.record(refusals);
    for (int k = 0; k < outcomes.length; k++) {
      int i = pending.get(k);
      Item item = chunk.get(i);
      Provisional p = outcomes[k];
      if (p instanceof Provisional.Written w) {
        pipeline.notifyListeners(w.result().events());
        results[i] = new BulkResult(item.ref(), w.result(), null);
      } else if (p instanceof Provisional.Refused r) {
        results[i] = new BulkResult(item.ref(), r.result(), null);
      } else if (p instanceof Provisional.Replay r) {
        results[i] = replay(item, r.record());
        if (results[i] == null && lastAttempt) {
          results[i] = new BulkResult(item.ref(), null,
              new StorageException("answer the idempotency key of " + item.ref() + " (it expired meanwhile)", null, null));
        } else if (results[i] == null) {
          again.add(i);
        }
      } else if (p instanceof Provisional.Again a) {
        if (lastAttempt) {
          results[i] = new BulkResult(item.ref(), null, a.conflict());
        } else {
          again.add(i);
        }
      } else {
        results[i] = new BulkResult(item.ref(), null, ((Provisional.Error) p).error());
      }
    }
    return lastAttempt ? List.of() : again;
  }

  /** Answers a stored key with the first result; {@code null} when the key has gone meanwhile (run it again). */
  private BulkResult replay(Item item, IdempotencyRecord record) {
    try {
      IdempotencyRecord known = record;
      if (known == null) {
        Optional<IdempotencyRecord> found = pipeline.store().findIdempotency(item.ref().region(),
            item.options().idempotencyKey(), pipeline.now());
        if (found.isEmpty()) {
          return null;
        }
        known = found.get();
      }
      return new BulkResult(item.ref(), pipeline.replay(item.ref(), item.actor(), item.options(), item.source(), known),
          null);
    } catch (LabinovException e) {
      // a key reused for another request (IdempotencyKeyReusedException), or the store failing
      return new BulkResult(item.ref(), null, e);
    }
  }

  /** Inside the chunk's transaction: look the keys up, read the states, decide each item, append the accepted. */
  private Provisional[] decideAndWrite(BulkTransaction tx, List<Item> items) {
    Instant now = pipeline.now();
    Provisional[] out = new Provisional[items.size()];
    Map<RegionCode, Map<String, IdempotencyRecord>> known = lookUp(tx, items, null, now);
    Map<InnovationRef, InnovationState> states = tx.loadAll();
    Map<List<Object>, Optional<Programme>> programmes = new HashMap<>();
    List<Append> appends = new ArrayList<>();
    List<Integer> appended = new ArrayList<>();
    Set<Integer> refusedByDecider = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      String key = item.options().idempotencyKey();
      IdempotencyRecord stored = key == null ? null : known.getOrDefault(item.ref().region(), Map.of()).get(key);
      if (stored != null) {
        out[i] = new Provisional.Replay(stored);
        continue;
      }
      try {
        Decided d = pipeline.decideOne(item.ref(), item.actor(), item.options(), item.source(), states.get(item.ref()),
            now, programmes);
        if (d.refused() != null) {
          out[i] = new Provisional.Refused(d.refusedResult(), d.refusal());
          if (key != null && d.byDecider()) {
            refusedByDecider.add(i);
          }
        } else {
          out[i] = new Provisional.Written(d.result());
          appends.add(d.append());
          appended.add(i);
        }
      } catch (LabinovException e) {
        out[i] = new Provisional.Error(e);
      }
    }
    if (!refusedByDecider.isEmpty()) {
      // as for a single command: a refusal may only be the symptom of the same key's attempt that
      // committed between the lookup and the read; then the item gets that attempt's result
      Map<RegionCode, Map<String, IdempotencyRecord>> late = lookUp(tx, items, refusedByDecider, now);
      for (int i : refusedByDecider) {
        Item item = items.get(i);
        IdempotencyRecord r = late.getOrDefault(item.ref().region(), Map.of()).get(item.options().idempotencyKey());
        if (r != null) {
          out[i] = new Provisional.Replay(r);
        }
      }
    }
    if (!appends.isEmpty()) {
      List<AppendOutcome> outcomes = tx.appendEach(appends);
      for (int k = 0; k < appended.size(); k++) {
        int i = appended.get(k);
        out[i] = afterAppend(items.get(i), outcomes.get(k), out[i]);
      }
    }
    return out;
  }

  private static Provisional afterAppend(Item item, AppendOutcome o, Provisional decided) {
    return switch (o.status()) {
      case WRITTEN -> decided;
      case ALREADY_STORED -> new Provisional.Replay(null);
      case FAILED -> {
        if (o.error() instanceof VersionConflictException c) {
          yield item.options().expectedVersion() == null ? new Provisional.Again(c) : new Provisional.Error(c);
        }
        yield new Provisional.Error(o.error() instanceof LabinovException e ? e
            : new StorageException("append to " + item.ref(), null, o.error()));
      }
      case ROLLED_BACK -> new Provisional.Error(new StorageException("append to " + item.ref(), null, null));
    };
  }

  /** Looks up the keys of the items (of {@code only}, if given), one lookup per region. */
  private static Map<RegionCode, Map<String, IdempotencyRecord>> lookUp(BulkTransaction tx, List<Item> items,
      Set<Integer> only, Instant now) {
    Map<RegionCode, List<String>> byRegion = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String key = items.get(i).options().idempotencyKey();
      if (key != null && (only == null || only.contains(i))) {
        byRegion.computeIfAbsent(items.get(i).ref().region(), r -> new ArrayList<>()).add(key);
      }
    }
    Map<RegionCode, Map<String, IdempotencyRecord>> out = new HashMap<>();
    byRegion.forEach((region, keys) -> out.put(region, tx.findIdempotency(region, keys, now)));
    return out;
  }
}
