package id.labinov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import id.labinov.core.i18n.Messages;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulebookProperties {

  @Test
  void writingThenReadingGivesTheSameRulebook() {
    qt().withExamples(300).forAll(RulebookGens.validRulebooks()).checkAssert(tree -> {
      Rulebook r = Rulebooks.parse(RulebookFixture.json(tree));
      Rulebook again = Rulebooks.parse(r.toCanonicalJson());

      assertThat(again).isEqualTo(r);
      assertThat(again.hash()).isEqualTo(r.hash()).matches("[0-9a-f]{64}");
      assertThat(again.toCanonicalJson()).isEqualTo(r.toCanonicalJson());
      assertThat(again.stages()).isEqualTo(r.stages());
      assertThat(again.transitions()).isEqualTo(r.transitions());
    });
  }

  @Test
  void readingKeepsTheStagesAndTransitionsAsWritten() {
    qt().withExamples(200).forAll(RulebookGens.validRulebooks()).checkAssert(tree -> {
      Rulebook r = Rulebooks.parse(RulebookFixture.json(tree));

      List<Map<?, ?>> stages = list(tree.get("stages"));
      assertThat(r.stages()).extracting(Stage::code).containsExactlyElementsOf(stages.stream()
          .sorted(Comparator.comparingInt(s -> (Integer) s.get("order"))).map(s -> (String) s.get("code")).toList());
      assertThat(r.transitions()).extracting(Transition::id)
          .containsExactlyElementsOf(RulebookProperties.<Map<?, ?>>list(tree.get("transitions")).stream()
              .map(t -> (String) t.get("id")).toList());
      assertThat(r.entryStage()).isEqualTo(tree.get("entryStage"));
      assertThat(r.version()).isEqualTo(tree.get("version"));
    });
  }

  @Test
  void garbageIsRefusedAsAnInvalidRulebook() {
    qt().withExamples(500).forAll(RulebookGens.garbage()).checkAssert(RulebookProperties::loadsOrIsRefusedCleanly);
  }

  @Test
  void mutatedRulebookTextLoadsOrIsRefusedCleanly() {
    qt().withExamples(500).forAll(RulebookGens.mutatedText()).checkAssert(RulebookProperties::loadsOrIsRefusedCleanly);
  }

  @Test
  void mutatedRulebookTreesLoadOrAreRefusedCleanly() {
    qt().withExamples(500).forAll(RulebookGens.mutatedTree()).checkAssert(RulebookProperties::loadsOrIsRefusedCleanly);
  }

  /**
   * The input either loads (and then survives its own canonical form) or is refused with a
   * {@link RulebookValidationException} whose problems have paths, codes and messages in both
   * languages. Anything else fails with the input.
   */
  private static void loadsOrIsRefusedCleanly(String input) {
    Rulebook loaded = null;
    RulebookValidationException refused = null;
    try {
      loaded = Rulebooks.parse(input);
    } catch (RulebookValidationException e) {
      refused = e;
    } catch (Throwable t) {
      fail("expected a rulebook or a RulebookValidationException but got " + t + " for input:\n" + input, t);
    }
    try {
      if (refused != null) {
        assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> {
          assertThat(p.path()).startsWith("$");
          assertThat(p.code()).matches("[A-Z][A-Z_]+");
          assertThat(Messages.isDefined(p.messageKey())).as(p.messageKey()).isTrue();
        });
        assertThat(refused.getMessage(Locale.ENGLISH)).isNotBlank();
        assertThat(refused.getMessage(Messages.INDONESIAN)).isNotBlank();
      } else {
        assertThat(Rulebooks.parse(loaded.toCanonicalJson())).isEqualTo(loaded);
        assertThat(Rulebooks.toMermaid(loaded, Locale.ENGLISH)).startsWith("stateDiagram-v2");
      }
    } catch (AssertionError e) {
      throw e;
    } catch (Throwable t) {
      fail("the outcome of loading could not be used: " + t + " for input:\n" + input, t);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Object o) {
    return (List<T>) o;
  }
}
