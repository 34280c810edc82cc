package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The terminal table: padded columns, fitted to the width, long values cut with an ellipsis. */
class TextTableTest {
  private TextTable sample() {
    return new TextTable(List.of("Id", "Tahap", "Jumlah", "Judul"),
        List.of(TextTable.Align.LEFT, TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.LEFT))
        .add(List.of("01a2", "Desain", "3", "Posyandu Digital Lebak untuk pendaftaran balita di seluruh kecamatan"))
        .add(List.of("01a3", "Drum-up", "12", "Izin Kilat"));
  }

  @Test
  void wideEnoughTheValuesAreWholeAndPadded() {
    List<String> lines = sample().render(160);
    assertThat(lines.get(0)).isEqualTo("Id    Tahap    Jumlah  Judul");
    assertThat(lines.get(1)).startsWith("----  -------  ------  ---");
    assertThat(lines.get(2)).isEqualTo("01a2  Desain        3  Posyandu Digital Lebak untuk pendaftaran balita di seluruh kecamatan");
    assertThat(lines.get(3)).isEqualTo("01a3  Drum-up      12  Izin Kilat");
  }

  @Test
  void narrowTheWidestColumnGivesWayAndEndsWithAnEllipsis() {
    List<String> lines = sample().render(50);
    assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(50));
    assertThat(lines.get(2)).startsWith("01a2  Desain        3  Posyandu").endsWith("…").hasSize(50);
    assertThat(lines.get(3)).endsWith("Izin Kilat");
  }

  @Test
  void controlCharactersAndLineBreaksStayVisibleOnOneLine() {
    List<String> lines = TextTable.left(List.of("Judul")).add(List.of("a\nb\u001b[2J")).render(80);
    assertThat(lines.get(2)).isEqualTo("a\\u000Ab\\u001B[2J");
  }

  @Test
  void aFixedColumnKeepsItsWidthWhileTheOthersGiveWay() {
    String id = "01a25200-f38c-73a";
    List<String> lines = TextTable.left(List.of("ID", "Judul"))
        .add(List.of(id, "Posyandu Digital Lebak untuk seluruh kecamatan")).fixed(0).render(40);
    assertThat(lines.get(2)).startsWith(id + "  Posyandu").endsWith("…").hasSize(40);
    assertThatThrownBy(() -> TextTable.left(List.of("ID")).fixed(1)).isInstanceOf(IllegalArgumentException.class);
  }
}
