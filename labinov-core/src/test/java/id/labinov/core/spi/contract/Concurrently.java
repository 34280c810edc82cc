package id.labinov.core.spi.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs writers at the same moment, for the contracts' race tests. */
final class Concurrently {
  private Concurrently() {}

  /**
   * Starts {@code writers} threads that each wait for the others, then run {@code work} with their
   * index.
   *
   * @param writers how many threads
   * @param work what each does
   * @return per writer, in index order: what it returned, or the exception it threw
   * @throws Exception if a writer does not finish within 30 seconds
   */
  static List<Object> run(int writers, IntFunction<?> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      CountDownLatch start = new CountDownLatch(writers);
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          start.countDown();
          start.await();
          try {
            return work.apply(index);
          } catch (RuntimeException e) {
            return e;
          }
        }));
      }
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> f : futures) {
        outcomes.add(f.get(30, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
