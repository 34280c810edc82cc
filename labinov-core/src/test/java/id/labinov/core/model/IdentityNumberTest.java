package id.labinov.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityNumberTest {

  @Test
  void noneIsOneSharedValueWithAnEmptyNumber() {
    // when
    IdentityNumber none = IdentityNumber.none();

    // then
    assertThat(none).isSameAs(IdentityNumber.none()).isSameAs(IdentityNumber.None.INSTANCE);
    assertThat(none.value()).isEmpty();
    assertThat(none).isNotInstanceOf(Nip.class).isNotInstanceOf(PppkNumber.class);
  }

  @Test
  void distinguishesTheThreeKindsByType() {
    IdentityNumber nip = Nip.parse("19860926 201505 1 001");
    IdentityNumber pppk = PppkNumber.parse("198609262015051001");

    assertThat(nip.value()).isEqualTo(pppk.value());
    assertThat(nip).isNotEqualTo(pppk);
    assertThat(describe(nip)).isEqualTo("PNS");
    assertThat(describe(pppk)).isEqualTo("PPPK");
    assertThat(describe(IdentityNumber.none())).isEqualTo("none");
  }

  private static String describe(IdentityNumber number) {
    if (number instanceof Nip) {
      return "PNS";
    } else if (number instanceof PppkNumber) {
      return "PPPK";
    } else if (number instanceof IdentityNumber.None) {
      return "none";
    }
    throw new AssertionError(number);
  }
}
