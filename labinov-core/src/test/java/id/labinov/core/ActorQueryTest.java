package id.labinov.core;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.spi.InnovationQuery;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The actor's view of the query port forwards every method of the port, so a store's own
 * aggregates serve an actor too (a method left to the port's default would page through the
 * innovations instead) and every one of them checks the scope.
 */
class ActorQueryTest {
  @Test
  void overridesEveryMethodOfTheQueryPort() {
    for (Method m : InnovationQuery.class.getMethods()) {
      if (java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      assertThat(Arrays.stream(ActorQuery.class.getDeclaredMethods())
          .anyMatch(d -> d.getName().equals(m.getName()) && Arrays.equals(d.getParameterTypes(), m.getParameterTypes())))
          .as("ActorQuery overrides %s", m).isTrue();
    }
  }
}
