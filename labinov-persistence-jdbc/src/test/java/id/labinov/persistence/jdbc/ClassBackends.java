package id.labinov.persistence.jdbc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link Backend} per test class, opened by the first test that asks and emptied before each
 * test, for contract suites from core whose instances JUnit makes per test.
 */
final class ClassBackends {
  private static final Map<Class<?>, Backend> OPEN = new ConcurrentHashMap<>();

  private ClassBackends() {}

  /** Returns the class's backend, emptied of every row (skips or, under CI=true, fails if unreachable). */
  static Backend fresh(Class<?> testClass, Backend.Kind kind) {
    Backend.assumeReachable(kind);
    Backend b = OPEN.computeIfAbsent(testClass, k -> Backend.open(kind, 12));
    b.clear();
    return b;
  }

  /** Drops the class's tables and closes its pool. */
  static void close(Class<?> testClass) {
    Backend b = OPEN.remove(testClass);
    if (b != null) {
      b.close();
    }
  }
}
