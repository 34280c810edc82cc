package id.labinov.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextTest {
  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+62 812", "-5", "@SUM(A1)", "\tx", "\rx", " =1", "\u00A0=1", "\u200F=1",
      "\u202E+1", "\uFEFF@x", "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20x", "\n=1"})
  void formulaLikeTextIsNeutralised(String text) {
    assertThat(SafeText.isFormulaLike(text)).isTrue();
    assertThat(SafeText.cell(text)).startsWith("'").endsWith(SafeText.printable(text).substring(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Posyandu", "1+1", "a=b", "'=1", "🚀 =1", "مرحبا", "   ", "x-y"})
  void otherTextIsLeftAlone(String text) {
    assertThat(SafeText.isFormulaLike(text)).isFalse();
    assertThat(SafeText.cell(text)).isEqualTo(text);
  }

  @Test
  void unpairedSurrogatesAndXmlInvalidCharactersBecomeReplacementCharacters() {
    assertThat(SafeText.validUnicode("a\uD800b")).isEqualTo("a\uFFFDb");
    assertThat(SafeText.validUnicode("a\uDC00")).isEqualTo("a\uFFFD");
    assertThat(SafeText.validUnicode("🚀")).isEqualTo("🚀");
    assertThat(SafeText.printable("bell\u0007 nul\u0000 ok\t\n\r \uFFFF")).isEqualTo("bell\uFFFD nul\uFFFD ok\t\n\r \uFFFD");
  }

  @Test
  void longTextIsCutToExcelsLimitWithoutSplittingAnEmoji() {
    String s = "a".repeat(SafeText.MAX_CELL - 2) + "🚀🚀";
    String cut = SafeText.fitCell(s);
    assertThat(cut.length()).isLessThanOrEqualTo(SafeText.MAX_CELL);
    assertThat(cut).endsWith("…");
    assertThat(SafeText.validUnicode(cut)).isEqualTo(cut);
    assertThat(SafeText.fitCell("short")).isEqualTo("short");
  }

  @Test
  void sheetNamesAreValidShortAndUnique() {
    Set<String> taken = new HashSet<>();
    assertThat(XlsxRenderer.sheetName("Per tahap", taken)).isEqualTo("Per tahap");
    assertThat(XlsxRenderer.sheetName("per TAHAP", taken)).isEqualTo("per TAHAP (2)");
    assertThat(XlsxRenderer.sheetName("a/b:c*d?[e]\\f'", taken)).isEqualTo("a b c d  e  f");
    String longName = XlsxRenderer.sheetName("x".repeat(40), taken);
    assertThat(longName).hasSize(31);
    assertThat(XlsxRenderer.sheetName("x".repeat(40), taken)).hasSize(31).endsWith(" (2)");
  }
}
