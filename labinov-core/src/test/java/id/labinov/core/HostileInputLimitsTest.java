package id.labinov.core;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.Command;
import id.labinov.core.engine.ImportItem;
import id.labinov.core.error.InputLimitException;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.programme.Programmes;
import id.labinov.core.rules.RuleTypes;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.RulebookLimits;
import id.labinov.core.rules.Rulebooks;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rulebooks, schemes and programmes are read within limits; entered text holds no control character. */
class HostileInputLimitsTest {
  /** An endless stream of spaces that counts what was taken from it. */
  private static final class Endless extends InputStream {
    long taken;

    @Override
    public int read() {
      taken++;
      return ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) ' ');
      taken += len;
      return len;
    }
  }

  @Test
  void aRulebookStreamPastTheByteLimitIsRefusedAfterReadingOneByteMoreThanTheLimit() {
    Endless endless = new Endless();
    assertThatThrownBy(() -> Rulebooks.read("huge.json", endless, RuleTypes.builtIn()))
        .isInstanceOfSatisfying(InputLimitException.class, e -> {
          assertThat(e.code()).isEqualTo("INPUT_LIMIT_EXCEEDED");
          assertThat(e.limit()).isEqualTo("rulebook.maxBytes");
          assertThat(e.maximum()).isEqualTo(RulebookLimits.DEFAULT_MAX_BYTES);
          assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("huge.json is larger than the limit rulebook.maxBytes"
              + " = 2,097,152 bytes. If the file is legitimate, raise the limit: in an application with"
              + " RulebookLimits.withMaxBytes, in the labinov CLI with --limit rulebook.maxBytes=VALUE or"
              + " limit.rulebook.maxBytes in its configuration file.");
          assertThat(e.getMessage(Locale.forLanguageTag("id"))).startsWith("huge.json lebih besar dari batas"
              + " rulebook.maxBytes = 2.097.152 bita.");
        });
    assertThat(endless.taken).isEqualTo(RulebookLimits.DEFAULT_MAX_BYTES + 1);
  }

  @Test
  void aRulebookTextPastTheByteLimitIsRefusedCountingUtf8Bytes() {
    String shipped = shipped();
    // 400 three-byte characters are 1,200 bytes: more than a 1,000-byte limit, though only 400 chars
    String padded = shipped.replaceFirst("\\{", "{\"description\": \"" + "✓".repeat(400) + "\", ");
    RulebookLimits limits = RulebookLimits.defaults().withMaxBytes(shipped.length() + 1_000);
    assertThatThrownBy(() -> Rulebooks.parse(padded, RuleTypes.builtIn(), limits))
        .isInstanceOfSatisfying(InputLimitException.class, e -> assertThat(e.limit()).isEqualTo("rulebook.maxBytes"));
    // the same rulebook within the limit is read (and then judged on its content)
    Rulebook read = Rulebooks.parse(shipped, RuleTypes.builtIn(), limits);
    assertThat(read.hash()).isEqualTo(Rulebooks.fiveD().hash());
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedBeforeTheTreeIsBuilt() {
    String deep = "{\"x\": " + "[".repeat(200_000) + "]".repeat(200_000) + "}";
    assertThatThrownBy(() -> Rulebooks.read("deep.json", new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8)),
        RuleTypes.builtIn()))
        .isInstanceOfSatisfying(InputLimitException.class, e -> {
          assertThat(e.limit()).isEqualTo("rulebook.maxDepth");
          assertThat(e.maximum()).isEqualTo(64);
          assertThat(e.getMessage(Locale.ENGLISH)).startsWith("deep.json is nested deeper than the limit"
              + " rulebook.maxDepth = 64 levels.");
        });
    String fine = "{\"x\": " + "[".repeat(10) + "]".repeat(10) + "}";
    // ten levels are read: the rulebook is then refused for its content, not for its depth
    assertThatThrownBy(() -> Rulebooks.parse(fine, RuleTypes.builtIn()))
        .isInstanceOf(id.labinov.core.rules.RulebookValidationException.class);
    assertThatThrownBy(() -> Rulebooks.parse(fine, RuleTypes.builtIn(), RulebookLimits.defaults().withMaxDepth(5)))
        .isInstanceOf(InputLimitException.class);
  }

  @Test
  void theShippedRulebooksFitTheDefaultsManyTimesOver() {
    for (String resource : new String[] {Rulebooks.FIVE_D_RESOURCE, Rulebooks.FIVE_D_PLUS_ONE_RESOURCE,
        Rulebooks.FIVE_D_V2_RESOURCE, Rulebooks.FIVE_D_PLUS_ONE_V2_RESOURCE}) {
      byte[] bytes = resource(resource);
      assertThat(bytes.length * 100L).as(resource).isLessThan(RulebookLimits.DEFAULT_MAX_BYTES);
      assertThat(Rulebooks.read(resource, new ByteArrayInputStream(bytes), RuleTypes.builtIn(),
          RulebookLimits.defaults().withMaxDepth(7).withMaxBytes(bytes.length))).isNotNull();
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Integer.MAX_VALUE})
  void aLimitThatCannotBeUsedIsRefused(long value) {
    assertThatThrownBy(() -> RulebookLimits.defaults().withMaxBytes(value))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_LIMIT"));
    assertThatThrownBy(() -> RulebookLimits.defaults().withMaxDepth(0)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void evaluationSchemesAndProgrammesAreBoundedToo() {
    Endless endless = new Endless();
    assertThatThrownBy(() -> EvaluationSchemes.read("scheme.json", endless))
        .isInstanceOfSatisfying(InputLimitException.class, e -> assertThat(e.limit()).isEqualTo("scheme.maxBytes"));
    assertThat(endless.taken).isEqualTo(RulebookLimits.DEFAULT_MAX_BYTES + 1);
    assertThatThrownBy(() -> EvaluationSchemes.read("scheme.json",
        new ByteArrayInputStream(new byte[] {'{', (byte) 0xff, '}'})))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("MALFORMED_UTF8"));
    String deep = "[".repeat(100) + "]".repeat(100);
    assertThatThrownBy(() -> EvaluationSchemes.parse(deep)).hasMessageContaining("nested deeper than 64 levels");
    assertThatThrownBy(() -> Programmes.parse(deep)).hasMessageContaining("nested deeper than 64 levels");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0001", "\u001b[2J", "\u0007", "\u0008", "\u001f", "\u000b", "\u000c"})
  void controlCharactersInEnteredTextAreRefusedNamingTheFieldAndPosition(String control) {
    InnovationDetails titled = InnovationDetails.titled("Posyandu " + control + "x");
    assertThatThrownBy(() -> new Command.Propose(titled, null))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("CONTROL_CHARACTER");
          assertThat(e.field()).isEqualTo("title");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("title contains control character U+00")
              .contains("at position 10");
        });
    InnovationDetails narrated = InnovationDetails.titled("Posyandu").withText("problem", "ada " + control + "x");
    assertThatThrownBy(() -> new Command.UpdateDetails(narrated))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("problem"));
    Actor admin = Actor.of("admin", "BAPPEDA", Role.LAB_ADMIN);
    assertThatThrownBy(() -> ImportItem.of(RegionCode.parse("36.02"), admin, narrated))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("problem"));
    String text = "tunggu " + control + "x";
    assertThatThrownBy(() -> new Command.Hold(text)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Command.Drop(text)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Command.Reopen(text)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Command.ReturnForRework("t", text)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Command.Resume(text)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Command.Approve(Role.OPD_HEAD, text)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Command.ClearCondition("c", text)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void tabsAndLineBreaksStayAllowedAndDetailsStillHoldWhatEarlierVersionsStored() {
    InnovationDetails d = InnovationDetails.titled("Posyandu\tKeliling").withText("problem", "baris 1\r\nbaris 2");
    assertThat(new Command.Propose(d, null).details()).isEqualTo(d);
    assertThat(new Command.Hold("tunggu\nanggaran").reason()).isEqualTo("tunggu\nanggaran");
    // the model itself (which decoding uses) still accepts U+0001: the pinned events hold one
    assertThat(InnovationDetails.titled("lama \u0001").title()).isEqualTo("lama \u0001");
  }

  @Test
  void settingManyTextsAtOnceEqualsSettingThemOneByOne() {
    Map<String, String> texts = new LinkedHashMap<>();
    InnovationDetails one = InnovationDetails.titled("Posyandu").withText("keep", "tetap").withText("gone", "hapus");
    InnovationDetails expected = one;
    for (int i = 0; i < 50; i++) {
      texts.put("text" + i, "isi " + i);
      expected = expected.withText("text" + i, "isi " + i);
    }
    texts.put("gone", " ");
    expected = expected.withText("gone", " ");
    assertThat(one.withTexts(texts)).isEqualTo(expected);
    assertThat(one.withTexts(texts).texts()).containsEntry("keep", "tetap").doesNotContainKey("gone").hasSize(51);
    Map<String, String> nullName = new java.util.HashMap<>();
    nullName.put(null, "x");
    assertThatThrownBy(() -> one.withTexts(nullName))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_TEXT_NAME"));
  }

  private static String shipped() {
    return new String(resource(Rulebooks.FIVE_D_RESOURCE), StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) {
    try (InputStream in = Rulebooks.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
