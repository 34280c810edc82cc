package id.labinov.core.model;

import static id.labinov.core.model.Refusals.assertRefused;
import static id.labinov.core.model.Refusals.assertRequired;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InnovationIdTest {
  private static final Instant AT = Instant.parse("2024-05-01T02:03:04.567Z");

  @Nested
  class Generating {
    @Test
    void makesAVersion7UuidWithTheRfcVariant() {
      // when
      InnovationId id = InnovationId.generate(AT, new Random(42));

      // then
      assertThat(id.value().version()).isEqualTo(7);
      assertThat(id.value().variant()).isEqualTo(2);
      assertThat(id.toString().charAt(14)).isEqualTo('7');
      assertThat(id.toString().charAt(19)).isIn('8', '9', 'a', 'b');
    }

    @Test
    void encodesTheInstantInTheFirst48Bits() {
      InnovationId id = InnovationId.generate(AT, new Random(42));

      assertThat(id.timestamp()).isEqualTo(AT);
      assertThat(id.toString().replace("-", "")).startsWith(String.format("%012x", AT.toEpochMilli()));
    }

    @Test
    void truncatesTheTimestampToTheMillisecond() {
      Instant withNanos = Instant.parse("2024-05-01T02:03:04.567891234Z");

      assertThat(InnovationId.generate(withNanos, new Random(1)).timestamp()).isEqualTo(AT);
    }

    @Test
    void isDeterministicForASeededRandomSource() {
      assertThat(InnovationId.generate(AT, new Random(7))).isEqualTo(InnovationId.generate(AT, new Random(7)));
      assertThat(InnovationId.generate(AT, new Random(7))).isNotEqualTo(InnovationId.generate(AT, new Random(8)));
    }

    @Test
    void ordersIdsByCreationTime() {
      // given ids made one millisecond apart, in shuffled order
      Random random = new Random(3);
      List<InnovationId> made = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        made.add(InnovationId.generate(AT.plusMillis(i), random));
      }
      List<InnovationId> shuffled = new ArrayList<>(made);
      Collections.shuffle(shuffled, new Random(4));

      // when
      Collections.sort(shuffled);

      // then
      assertThat(shuffled).containsExactlyElementsOf(made);
    }

    @Test
    void ordersLikeTheCanonicalText() {
      // msb with the top bit set would sort first under signed comparison
      InnovationId early = new InnovationId(UUID.fromString("0190a6f0-8c3e-7a1b-9c2d-3e4f5a6b7c8d"));
      InnovationId late = new InnovationId(UUID.fromString("f190a6f0-8c3e-7a1b-9c2d-3e4f5a6b7c8d"));

      assertThat(early).isLessThan(late);
      assertThat(early.toString()).isLessThan(late.toString());
    }

    @Test
    void refusesMissingInstantOrRandomSource() {
      assertRequired(() -> InnovationId.generate(null, new Random(1)), "at", "null");
      assertRequired(() -> InnovationId.generate(AT, null), "random", "null");
      assertRequired(() -> new InnovationId(null), "innovationId", "null");
    }
  }

  @Nested
  class Parsing {
    @Test
    void parsesWhatItPrints() {
      InnovationId id = InnovationId.generate(AT, new Random(42));

      InnovationId parsed = InnovationId.parse(id.toString());

      assertThat(parsed).isEqualTo(id);
      assertThat(parsed.timestamp()).isEqualTo(AT);
      assertThat(parsed).hasToString(id.toString());
    }

    @Test
    void acceptsUpperCaseAndSurroundingWhiteSpace() {
      InnovationId id = InnovationId.parse(" 0190A6F0-8C3E-7A1B-9C2D-3E4F5A6B7C8D\n");

      assertThat(id).hasToString("0190a6f0-8c3e-7a1b-9c2d-3e4f5a6b7c8d");
    }

    @ParameterizedTest(name = "refuses \"{0}\"")
    @ValueSource(strings = {
      "", "junk", "0190a6f0-8c3e-7a1b-9c2d", "0190a6f0-8c3e-7a1b-9c2d-3e4f5a6b7c8d0",
      "0190a6f0-8c3e-7a1b-9c2d-3e4f5a6b7c8", "zzzzzzzz-8c3e-7a1b-9c2d-3e4f5a6b7c8d",
      "0190a6f08c3e7a1b9c2d3e4f5a6b7c8d", "1-2-3-4-5", "{0190a6f0-8c3e-7a1b-9c2d-3e4f5a6b7c8d}",
      "0190a6f0_8c3e_7a1b_9c2d_3e4f5a6b7c8d"
    })
    void refusesTextThatIsNotACanonicalUuid(String text) {
      var e = assertRefused(() -> InnovationId.parse(text), "INVALID_INNOVATION_ID", "innovationId", text);

      assertThat(e.messageKey()).isEqualTo("error.innovationId");
    }

    @Test
    void refusesNull() {
      assertRefused(() -> InnovationId.parse(null), "INVALID_INNOVATION_ID", "innovationId", "null");
    }
  }
}
