package id.labinov.core.model;

import static id.labinov.core.model.Refusals.assertRefused;
import static id.labinov.core.model.Refusals.assertRequired;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpdTest {

  @Test
  void holdsCodeNameAndKind() {
    Opd dinkes = Opd.of("DINKES", " Dinas Kesehatan ", OpdKind.DINAS);

    assertThat(dinkes.code()).isEqualTo(OpdCode.of("DINKES"));
    assertThat(dinkes.name()).isEqualTo("Dinas Kesehatan");
    assertThat(dinkes.kind()).isEqualTo(OpdKind.DINAS);
  }

  @Test
  void refusesBadCode() {
    assertRefused(() -> Opd.of("dinkes", "Dinas Kesehatan", OpdKind.DINAS), "INVALID_OPD_CODE", "opdCode", "dinkes");
  }

  @Test
  void refusesBlankName() {
    assertRequired(() -> Opd.of("DINKES", "", OpdKind.DINAS), "name", "");
  }

  @Test
  void refusesMissingParts() {
    assertRefused(() -> Opd.of(null, "Dinas Kesehatan", OpdKind.DINAS), "INVALID_OPD_CODE", "opdCode", "null");
    assertRequired(() -> Opd.of("DINKES", null, OpdKind.DINAS), "name", "null");
    assertRequired(() -> Opd.of("DINKES", "Dinas Kesehatan", null), "kind", "null");
    assertRequired(() -> new Opd(null, "Dinas Kesehatan", OpdKind.DINAS), "code", "null");
  }
}
