package id.labinov.core.programme;

import static id.labinov.core.programme.LabFixture.ADMIN;
import static id.labinov.core.programme.LabFixture.LEBAK;
import static id.labinov.core.programme.LabFixture.PROGRAMME_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.OutsideScopeException;
import id.labinov.core.model.Actor;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Programmes are written and read only inside the actor's scope, and refusals read nothing first. */
class ProgrammeScopeTest {
  private static final RegionCode PANDEGLANG = RegionCode.parse("36.01");
  private final LabFixture fx = new LabFixture();
  private final Labinov lab = fx.lab;

  @Test
  void anotherRegionsAdministratorNeitherReadsNorChangesLebaksProgramme() {
    fx.openLebak2019();
    Actor pandeglangAdmin = Actor.of("admin-pandeglang", "BAPPEDA", Role.LAB_ADMIN).in(PANDEGLANG);

    assertThat(lab.programmes().find(LEBAK, PROGRAMME_ID, ADMIN)).isPresent();
    assertThat(lab.programmes().progress(LEBAK, PROGRAMME_ID, ADMIN).programme().id()).isEqualTo(PROGRAMME_ID);
    assertThatThrownBy(() -> lab.programmes().find(LEBAK, PROGRAMME_ID, pandeglangAdmin))
        .isInstanceOf(OutsideScopeException.class);
    assertThatThrownBy(() -> lab.programmes().progress(LEBAK, PROGRAMME_ID, pandeglangAdmin))
        .isInstanceOf(OutsideScopeException.class);

    ProgrammeDecision close = lab.programmes().close(pandeglangAdmin, LEBAK, PROGRAMME_ID, "x");
    assertThat(close.verdict().codes()).containsExactly("OUTSIDE_SCOPE");
    assertThat(close.findProgramme()).as("nothing of the programme in a refusal").isEmpty();
    // a programme that does not exist is refused the same way: its absence is not told
    ProgrammeDecision adjust = lab.programmes().adjustSchedule(pandeglangAdmin, LEBAK, "tidak-ada", Map.of());
    assertThat(adjust.verdict().codes()).containsExactly("OUTSIDE_SCOPE");
    assertThat(lab.programmes().find(LEBAK, PROGRAMME_ID).orElseThrow().status()).isEqualTo(ProgrammeStatus.OPEN);
  }

  @Test
  void aNationalReaderReadsButOpensNothing() {
    Actor national = Actor.of("pusat-01", null, Role.LAB_ADMIN).in(Scope.national());
    ProgrammeDecision open = lab.programmes().open(national, LabFixture.lebak2019().build());
    assertThat(open.verdict().codes()).containsExactly("SCOPE_READ_ONLY");
    fx.openLebak2019();
    assertThat(lab.programmes().find(LEBAK, PROGRAMME_ID, national)).isPresent();
  }
}
