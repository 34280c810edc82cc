package id.labinov.core.model;

import static id.labinov.core.model.Refusals.assertRefused;
import static id.labinov.core.model.Refusals.assertRequired;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

  @Test
  void holdsTheRolesItWasGranted() {
    // when
    Actor actor = Actor.of("u-siti", "DINKES", Role.INNOVATOR, Role.COACH);

    // then
    assertThat(actor.has(Role.INNOVATOR)).isTrue();
    assertThat(actor.has(Role.COACH)).isTrue();
    assertThat(actor.has(Role.OPD_HEAD)).isFalse();
    assertThat(actor.personId()).isEqualTo(PersonId.of("u-siti"));
    assertThat(actor.findOpd()).contains(OpdCode.of("DINKES"));
  }

  @Test
  void mayHoldNoRoleAndNoUnit() {
    Actor citizen = Actor.of("u-budi", null);

    assertThat(citizen.roles()).isEmpty();
    assertThat(citizen.findOpd()).isEmpty();
    assertThat(citizen.has(Role.INNOVATOR)).isFalse();
  }

  @Test
  void copiesTheRolesSoLaterChangesDoNotLeakIn() {
    // given
    Set<Role> granted = new HashSet<>(Set.of(Role.INNOVATOR));
    Actor actor = new Actor(PersonId.of("u-siti"), null, granted);

    // when
    granted.add(Role.REGIONAL_HEAD);

    // then
    assertThat(actor.has(Role.REGIONAL_HEAD)).isFalse();
    assertThat(actor.roles()).containsExactly(Role.INNOVATOR);
  }

  @Test
  void exposesUnmodifiableRoles() {
    Actor actor = Actor.of("u-siti", null, Role.INNOVATOR);

    assertThatThrownBy(() -> actor.roles().add(Role.COACH)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void collapsesRepeatedRoles() {
    assertThat(Actor.of("u-siti", null, Role.COACH, Role.COACH).roles()).containsExactly(Role.COACH);
  }

  @Test
  void refusesBadPersonIdOrUnit() {
    assertRefused(() -> Actor.of("u siti", null), "INVALID_PERSON_ID", "personId", "u siti");
    assertRefused(() -> Actor.of("u-siti", "dinkes"), "INVALID_OPD_CODE", "opdCode", "dinkes");
  }

  @Test
  void refusesNullRolesArray() {
    assertRequired(() -> Actor.of("u-siti", null, (Role[]) null), "roles", "null");
  }

  @Test
  void refusesNullAmongTheRoles() {
    assertRequired(() -> Actor.of("u-siti", null, Role.COACH, null), "roles[]", "null");
    assertRequired(
        () -> new Actor(PersonId.of("u-siti"), null, new HashSet<>(Arrays.asList(Role.COACH, null))),
        "roles[]", "null");
  }

  @Test
  void refusesMissingParts() {
    assertRefused(() -> Actor.of(null, null), "INVALID_PERSON_ID", "personId", "null");
    assertRequired(() -> new Actor(null, null, Set.of()), "personId", "null");
    assertRequired(() -> new Actor(PersonId.of("u-siti"), null, null), "roles", "null");
  }
}
