package id.labinov.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.labinov.core.gen.Gens;
import org.junit.jupiter.api.Test;

/** Generated valid identifiers are accepted and kept exactly as given. */
class ValueProperties {

  @Test
  void keepsEveryValidPersonId() {
    qt().forAll(Gens.personIds()).checkAssert(id -> assertThat(PersonId.of(id.value())).isEqualTo(id));
  }

  @Test
  void keepsEveryValidOpdCode() {
    qt().forAll(Gens.opdCodes()).checkAssert(code -> assertThat(OpdCode.of(code.value())).hasToString(code.value()));
  }

  @Test
  void keepsEveryValidThemeAndEvidenceKind() {
    qt().forAll(Gens.upperSnakeCodes()).checkAssert(code -> {
      assertThat(Theme.of(code).code()).isEqualTo(code);
      assertThat(EvidenceKind.of(code).code()).isEqualTo(code);
    });
  }

  @Test
  void lowersEveryShaAndKeepsTheReference() {
    qt().forAll(Gens.evidenceKinds(), Gens.sha256s()).checkAssert((kind, sha) -> {
      EvidenceRef ref = EvidenceRef.of(kind.code(), "https://files.example.go.id/" + kind.code().toLowerCase(java.util.Locale.ROOT),
          sha.toUpperCase(java.util.Locale.ROOT), "application/pdf", sha.length());

      assertThat(ref.sha256()).isEqualTo(sha);
      assertThat(ref.kind()).isEqualTo(kind);
    });
  }
}
