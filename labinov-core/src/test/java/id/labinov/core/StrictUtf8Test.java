package id.labinov.core;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.rules.RuleTypes;
import id.labinov.core.rules.Rulebooks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictUtf8Test {
  private static byte[] bytes(String hex) {
    return java.util.HexFormat.of().parseHex(hex);
  }

  @Test
  void wellFormedTextReadsAsItIsAndALeadingByteOrderMarkIsDropped() {
    assertThat(Checks.utf8("Posyandu ✓ 😀".getBytes(StandardCharsets.UTF_8), "x")).isEqualTo("Posyandu ✓ 😀");
    assertThat(Checks.utf8(bytes("efbbbf616263"), "x")).isEqualTo("abc");
    assertThat(Checks.hasByteOrderMark(bytes("efbbbf61"))).isTrue();
    assertThat(Checks.hasByteOrderMark(bytes("61"))).isFalse();
    assertThat(Checks.utf8(new byte[0], "x")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "fffe7b7d, 0",          // a UTF-16 byte order mark
      "7b22ff227d, 2",        // a stray byte
      "7bc0af7d, 1",          // an overlong '/'
      "7beda0807d, 1",        // an encoded surrogate (CESU-8)
      "7b22e282, 2"})         // cut off in the middle of a character
  void malformedInputIsRefusedNamingTheByteOffset(String hex, int offset) {
    assertThatThrownBy(() -> Checks.utf8(bytes(hex), "rules.json"))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "MALFORMED_UTF8")
        .satisfies(e -> assertThat(((InvalidValueException) e).getMessage(Locale.ENGLISH))
            .contains("rules.json is not valid UTF-8 at byte " + offset));
  }

  @Test
  void aRulebookFileThatIsNotUtf8IsRefusedNotReadWithReplacementCharacters() throws IOException {
    byte[] shipped;
    try (InputStream in = Rulebooks.class.getResourceAsStream(Rulebooks.FIVE_D_RESOURCE)) {
      shipped = in.readAllBytes();
    }
    byte[] broken = shipped.clone();
    int at = new String(shipped, StandardCharsets.ISO_8859_1).indexOf("Drum-up");
    broken[at] = (byte) 0xFF;

    assertThat(Rulebooks.read("5d.json", new ByteArrayInputStream(shipped), RuleTypes.builtIn()).hash())
        .isEqualTo(Rulebooks.fiveD().hash());
    assertThatThrownBy(() -> Rulebooks.read("5d.json", new ByteArrayInputStream(broken), RuleTypes.builtIn()))
        .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code", "MALFORMED_UTF8")
        .satisfies(e -> assertThat(((InvalidValueException) e).getMessage(Locale.ENGLISH)).contains("byte " + at));
  }
}
