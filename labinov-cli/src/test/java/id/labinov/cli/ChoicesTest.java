package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Rulebooks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How option values are read: codes and labels, any case, both languages; refusals name the fix. */
class ChoicesTest {
  private final Texts id = Texts.of("id");
  private final Texts en = Texts.of("en");

  @Test
  void stagesByCodeOrLabelInEitherLanguageAndAnyCase() {
    Choices<String> stages = Choices.stages("--stage", Rulebooks.fiveD());
    for (String typed : List.of("DESIGN", "design", "Desain", "desain", " DESIGN ")) {
      assertThat(stages.parse(typed, id)).as(typed).isEqualTo("DESIGN");
    }
    assertThat(stages.parse("drum-up", id)).isEqualTo("DRUM_UP");
    assertThat(stages.parse("Display", en)).isEqualTo("DISPLAY");
  }

  @Test
  void anUnknownStageIsRefusedWithTheValidOnesAndACloseOne() {
    Choices<String> stages = Choices.stages("--stage", Rulebooks.fiveD());
    assertThatThrownBy(() -> stages.parse("Desian", id)).isInstanceOfSatisfying(CliException.class, e -> {
      assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(e.message(id)).contains("--stage", "\"Desian\"", "Maksud Anda DESIGN?", "DRUM_UP", "DISPLAY");
      assertThat(e.message(en)).contains("Did you mean DESIGN?");
    });
    assertThatThrownBy(() -> stages.parse("zzzzzzzz", id)).isInstanceOfSatisfying(CliException.class,
        e -> assertThat(e.message(id)).doesNotContain("Maksud Anda").contains("Gunakan salah satu dari"));
  }

  @Test
  void statusesRolesAndKinds() {
    assertThat(Choices.statuses("--status").parse("aktif", id)).isEqualTo(InnovationStatus.ACTIVE);
    assertThat(Choices.statuses("--status").parse("ACTIVE", en)).isEqualTo(InnovationStatus.ACTIVE);
    assertThat(Choices.roles("--roles").parse("kepala opd", id)).isEqualTo(Role.OPD_HEAD);
    assertThat(Choices.roles("--roles").parse("opd-head", id)).isEqualTo(Role.OPD_HEAD);
    // the label "Coach (pendamping)": either name alone, as people say it
    assertThat(Choices.roles("--as").parse("pendamping", id)).isEqualTo(Role.COACH);
    assertThat(Choices.roles("--as").parse("coach", id)).isEqualTo(Role.COACH);
    Choices<String> kinds = Choices.evidenceKinds("--kind", Rulebooks.fiveD());
    assertThat(kinds.parse("foto kegiatan", id)).isEqualTo("PHOTO");
    assertThat(kinds.parse("photo", id)).isEqualTo("PHOTO");
    assertThatThrownBy(() -> kinds.parse("FOTO", id)).isInstanceOfSatisfying(CliException.class,
        e -> assertThat(e.message(id)).contains("Maksud Anda PHOTO (foto kegiatan)?"));
  }

  @Test
  void aTextNamingTwoDifferentValuesIsRefusedNamingBoth() {
    Choices<String> c = Choices.of("--x", List.of(new Choices.Choice<>("A", "ALPHA", List.of("same", "one")),
        new Choices.Choice<>("B", "BETA", List.of("dua", "same"))));
    assertThatThrownBy(() -> c.parse("SAME", id)).isInstanceOfSatisfying(CliException.class, e -> {
      assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(e.message(id)).contains("ALPHA (same)", "BETA (dua)");
    });
  }

  @Test
  void distanceCountsEditsAndTranspositions() {
    assertThat(Choices.distance("lsit", "list")).isEqualTo(1);
    assertThat(Choices.distance("foto", "photo")).isEqualTo(2);
    assertThat(Choices.distance("", "abc")).isEqualTo(3);
  }
}
