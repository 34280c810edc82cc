package id.labinov.benchmarks;

import id.labinov.core.Labinov;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryRulebookStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Suite 1, in memory: one lifecycle per operation (score: lifecycles per second; with
 * {@code -prof gc}, {@code gc.alloc.rate.norm} is bytes allocated per lifecycle).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class InMemoryBenchmark {
  private static final AtomicLong SEEDS = new AtomicLong(36_02);

  /** Per-thread peers, each built once. */
  @State(Scope.Thread)
  public static class Peers {
    Stateless4jLifecycle stateless4j;
    SpringStatemachineLifecycle spring;
    id.labinov.core.engine.IdGenerator ids;
    Instant now;
    ZoneId zone;

    /** Builds the peers and checks that each does the whole work. */
    @Setup(Level.Trial)
    public void setUp() {
      stateless4j = new Stateless4jLifecycle();
      spring = new SpringStatemachineLifecycle();
      ids = LabinovLifecycle.ids(SEEDS.incrementAndGet());
      now = Instant.parse("2019-02-01T01:00:00Z");
      zone = ZoneId.of("Asia/Jakarta");
      HandSwitch.Result r = HandSwitch.lifecycle();
      OneLifecycle.verify("hand-written switch", r.card().history.size(), r.verdict());
      r = stateless4j.lifecycle();
      OneLifecycle.verify("stateless4j", r.card().history.size(), r.verdict());
      r = spring.lifecycle();
      OneLifecycle.verify("Spring Statemachine", r.card().history.size(), r.verdict());
      LabinovLifecycle.decide(now, zone, ids).verify("labinov decider");
    }
  }

  /** A facade on new, empty in-memory stores with the benchmark rulebook and ids of a new seed. */
  static Labinov inMemoryFacade() {
    return Labinov.builder().clock(Clock.systemUTC()).ids(LabinovLifecycle.ids(SEEDS.incrementAndGet()))
        .innovationStore(new InMemoryInnovationStore()).rulebookStore(new InMemoryRulebookStore())
        .rulebook(LabinovLifecycle.RULEBOOK).build();
  }

  /** A facade on fresh in-memory stores, renewed every iteration so the heap does not fill up. */
  @State(Scope.Benchmark)
  public static class Facade {
    Labinov lab;

    /** Builds the facade and checks one lifecycle. */
    @Setup(Level.Iteration)
    public void setUp() {
      lab = inMemoryFacade();
      LabinovLifecycle.facade(lab).verify("labinov facade, in-memory store");
    }
  }

  /**
   * A facade whose in-memory stores are renewed every {@value #BOUNDED_SIZE} lifecycles: the
   * command path's cost with a store the size of a large province's innovations, instead of one
   * that grows by ~200,000 innovations per iteration and makes the collector copy them (see
   * BENCHMARKS.md). Renewal builds a new facade, inside the measurement.
   */
  @State(Scope.Thread)
  public static class BoundedFacade {
    Labinov lab;
    int lifecycles;

    /** Builds the facade and checks one lifecycle. */
    @Setup(Level.Iteration)
    public void setUp() {
      renew();
      LabinovLifecycle.facade(lab).verify("labinov facade, bounded in-memory store");
    }

    void renew() {
      lab = inMemoryFacade();
      lifecycles = 0;
    }

    Labinov next() {
      if (++lifecycles > BOUNDED_SIZE) {
        renew();
        lifecycles = 1;
      }
      return lab;
    }
  }

  /** Innovations a bounded facade's store holds before it is renewed. */
  public static final int BOUNDED_SIZE = 10_000;

  /** labinov through the facade with an in-memory store renewed every {@value #BOUNDED_SIZE} lifecycles. */
  @Benchmark
  public Object labinovFacadeInMemoryBounded(BoundedFacade f) {
    return LabinovLifecycle.facade(f.next());
  }

  /** labinov's pure decision path: decide (and evolve) on values. */
  @Benchmark
  public Object labinovDecider(Peers p) {
    return LabinovLifecycle.decide(p.now, p.zone, p.ids);
  }

  /** labinov through the facade with the in-memory store. */
  @Benchmark
  public Object labinovFacadeInMemory(Facade f) {
    return LabinovLifecycle.facade(f.lab);
  }

  /** Diagnostic: the facade through {@code execute} with the transition named (one load per command). */
  @Benchmark
  public Object labinovFacadeInMemoryViaExecute(Facade f) {
    return LabinovLifecycle.facadeExecute(f.lab);
  }

  /** A hand-written switch with guard lambdas: the practical limit. */
  @Benchmark
  public Object handWrittenSwitch() {
    return HandSwitch.lifecycle();
  }

  /** stateless4j 2.6.0. */
  @Benchmark
  public Object stateless4j(Peers p) {
    return p.stateless4j.lifecycle();
  }

  /** Spring Statemachine 4.0.1. */
  @Benchmark
  public Object springStatemachine(Peers p) {
    return p.spring.lifecycle();
  }
}
