package id.labinov.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.error.InvalidValueException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplicationSourceTest {
  static final InnovationId ID = InnovationId.parse("0190f0c2-7d4a-7b3e-8f00-000000000001");

  @Test
  void parsesAndPrintsTheTextForm() {
    ReplicationSource s = ReplicationSource.parse(" 32.04/0190f0c2-7d4a-7b3e-8f00-000000000001 ");

    assertThat(s.region()).isEqualTo(RegionCode.parse("32.04"));
    assertThat(s.innovation()).isEqualTo(ID);
    assertThat(s).hasToString("32.04/0190f0c2-7d4a-7b3e-8f00-000000000001");
    assertThat(ReplicationSource.parse(s.toString())).isEqualTo(s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"32.04", "/0190f0c2-7d4a-7b3e-8f00-000000000001", "32.04/"})
  void refusesTextWithoutBothParts(String text) {
    assertThatThrownBy(() -> ReplicationSource.parse(text))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("INVALID_REPLICATION_SOURCE");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("<region code>/<innovation id>");
          assertThat(e.getMessage(Locale.forLanguageTag("id"))).contains("<kode wilayah>/<id inovasi>");
        });
  }

  @Test
  void refusesABadRegionOrIdWithTheirOwnErrors() {
    assertThatThrownBy(() -> ReplicationSource.parse("99.99.99.99.99/" + ID))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ReplicationSource.parse("32.04/not-an-id")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new ReplicationSource(null, ID))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("replicates.region"));
  }

  @Test
  void detailsExposeTheSourceAsAFieldForRules() {
    ReplicationSource s = new ReplicationSource(RegionCode.parse("32.04"), ID);
    InnovationDetails d = InnovationDetails.titled("Posyandu digital").withReplicates(s);

    assertThat(d.replicates()).isEqualTo(s);
    assertThat(d.field("replicates")).contains(s.toString());
    assertThat(d.withTitle("Lain").replicates()).isEqualTo(s);
    assertThat(d.withReplicates(null).field("replicates")).isEmpty();
    assertThat(d).isNotEqualTo(d.withReplicates(null));
  }
}
