package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.spi.contract.BundleKeys;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** No message bundle of this module holds a key twice: the later line would silently win. */
class BundleKeysTest {
  @Test
  void noKeyIsDefinedTwiceInABundle() throws IOException {
    assertThat(BundleKeys.definedTwice(Path.of("src/main/resources/id/labinov/cli"))).as("keys defined twice").isEmpty();
  }
}
