package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A database server that does not answer skips its tests on a laptop and fails them in CI. */
class BackendTest {
  @Test
  void anUnreachableServerSkipsWithAMessageNamingIt() {
    assertThatThrownBy(() -> Backend.unreachable(Backend.Kind.POSTGRESQL, "Connection refused", null))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("POSTGRESQL is not reachable at jdbc:postgresql://127.0.0.1:5432/test as user postgres")
        .hasMessageContaining("Connection refused").hasMessageContaining("Skipped");
    assertThatThrownBy(() -> Backend.unreachable(Backend.Kind.MARIADB, "Access denied", "false"))
        .isInstanceOf(TestAbortedException.class).hasMessageContaining("jdbc:mariadb://127.0.0.1:3306/test");
  }

  @Test
  void underCiAnUnreachableServerFailsTheBuild() {
    assertThatThrownBy(() -> Backend.unreachable(Backend.Kind.MARIADB, "Connection refused", "true"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MARIADB is not reachable").hasMessageContaining("CI=true");
    assertThatThrownBy(() -> Backend.unreachable(Backend.Kind.POSTGRESQL, "Connection refused", "TRUE"))
        .isInstanceOf(IllegalStateException.class);
  }
}
