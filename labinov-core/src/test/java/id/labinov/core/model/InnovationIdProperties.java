package id.labinov.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import id.labinov.core.gen.Gens;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InnovationIdProperties {

  @Test
  void idsForLaterInstantsSortLater() {
    qt().forAll(Gens.uuid7Instants(), longs().between(1, 10L * 365 * 24 * 3600 * 1000), Gens.randoms(), Gens.randoms())
        .assuming((at, delta, r1, r2) -> at.toEpochMilli() + delta <= Gens.MAX_UUID7_MILLIS)
        .checkAssert((at, delta, r1, r2) -> {
          InnovationId earlier = InnovationId.generate(at, r1);
          InnovationId later = InnovationId.generate(at.plusMillis(delta), r2);

          assertThat(earlier).isLessThan(later);
          assertThat(later).isGreaterThan(earlier);
          assertThat(earlier.toString()).isLessThan(later.toString());
        });
  }

  @Test
  void encodesTheInstantToTheMillisecondWithVersion7AndRfcVariant() {
    qt().forAll(Gens.uuid7Instants(), Gens.randoms()).checkAssert((at, random) -> {
      InnovationId id = InnovationId.generate(at, random);

      assertThat(id.timestamp()).isEqualTo(at);
      assertThat(id.value().version()).isEqualTo(7);
      assertThat(id.value().variant()).isEqualTo(2);
    });
  }

  @Test
  void parsesWhatItPrints() {
    qt().forAll(Gens.innovationIds()).checkAssert(id -> {
      InnovationId parsed = InnovationId.parse(id.toString());

      assertThat(parsed).isEqualTo(id);
      assertThat(parsed.toString()).isEqualTo(id.toString());
      assertThat(parsed.compareTo(id)).isZero();
    });
  }

  @Test
  void ordersLikeTheCanonicalText() {
    qt().forAll(Gens.innovationIds(), Gens.innovationIds()).checkAssert((a, b) -> {
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(a.toString().compareTo(b.toString())));
    });
  }

  @Test
  void ignoresSubMillisecondPrecision() {
    qt().forAll(Gens.uuid7Instants(), longs().between(0, 999_999), Gens.randoms())
        .checkAssert((at, nanos, random) -> {
          Instant precise = at.plusNanos(nanos);

          assertThat(InnovationId.generate(precise, random).timestamp()).isEqualTo(at);
        });
  }
}
