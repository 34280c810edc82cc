package id.labinov.core.facade;

import static id.labinov.core.facade.LabFixture.ADMIN;
import static id.labinov.core.facade.LabFixture.HEAD;
import static id.labinov.core.facade.LabFixture.INNOVATOR;
import static id.labinov.core.facade.LabFixture.LEBAK;
import static id.labinov.core.facade.LabFixture.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.Authorisation;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.MigrationReport;
import id.labinov.core.engine.Options;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Role;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Version 2 of the shipped rulebooks states the ownership rules itself, so they hold even where a
 * host replaced the default authorisation ({@link Authorisation#gatesOnly()}); innovations on
 * version 1 move to it through the migration plan and command.
 */
class RulebookVersionTwoTest {
  private static final Actor DISDIK_INNOVATOR = Actor.of("inno-disdik-9", "DISDIK", Role.INNOVATOR).in(LEBAK);

  @Test
  void bothShippedRulebooksComeInTwoVersionsWithTheSameStagesAndGates() {
    for (int v = 1; v <= 2; v++) {
      assertThat(Rulebooks.fiveD(v).version()).isEqualTo(v);
      assertThat(Rulebooks.fiveDPlusOne(v).version()).isEqualTo(v);
    }
    assertThat(Rulebooks.fiveD(1)).isSameAs(Rulebooks.fiveD());
    assertThat(Rulebooks.fiveD(2).stages()).isEqualTo(Rulebooks.fiveD(1).stages());
    assertThat(Rulebooks.fiveDPlusOne(2).stages()).isEqualTo(Rulebooks.fiveDPlusOne(1).stages());
    assertThat(Rulebooks.fiveD(2).hash()).isNotEqualTo(Rulebooks.fiveD(1).hash());
    assertThatThrownBy(() -> Rulebooks.fiveD(3)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("5d").hasMessageContaining("1, 2");
  }

  @Test
  void versionOneInnovationsMoveToVersionTwoAndItsGatesThenRefuseAnotherOpdsInnovator() {
    // a host that authorises by itself: only the rulebook's gates stand between a user and a command
    LabFixture f = LabFixture.create(b -> b.authorisation(Authorisation.gatesOnly()));
    InnovationRef ref = f.proposed();
    f.lab.innovations().attachEvidence(ref, INNOVATOR, evidence("COMMITMENT_LETTER", "komitmen.pdf"), Options.none())
        .orThrow();
    f.lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()).orThrow();
    Rulebook v2 = Rulebooks.fiveD(2);

    // under version 1 the gate lets another OPD's innovator through ...
    assertThat(f.lab.innovations().check(ref, DISDIK_INNOVATOR, "drum-up-to-diagnose").allowed()).isTrue();

    List<MigrationReport> plan = f.lab.migrations().plan(LEBAK, InnovationFilter.all(), v2);
    assertThat(plan).singleElement().satisfies(r -> {
      assertThat(r.stageExists()).isTrue();
      assertThat(r.failingAfter()).as("nothing the plan's all-roles national check fails").isEmpty();
    });
    CommandResult moved = f.lab.migrations().migrate(ref, ADMIN, v2, Options.none()).orThrow();
    assertThat(moved.state().rulebookVersion()).isEqualTo(2);

    // ... version 2's gate does not; the proposer still advances
    CommandResult refused = f.lab.innovations().advance(ref, DISDIK_INNOVATOR, "DIAGNOSE", Options.none());
    assertThat(refused.verdict().codes()).containsExactly("ACTOR_OTHER_OPD", "ACTOR_NOT_ON_TEAM");
    assertThat(f.lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none()).accepted()).isTrue();
  }
}
