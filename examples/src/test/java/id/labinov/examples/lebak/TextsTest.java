package id.labinov.examples.lebak;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.model.Actor;
import id.labinov.core.model.Role;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.SimpleFacts;
import id.labinov.core.rules.Verdict;
import id.labinov.examples.lebak.LebakScenario.Idea;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The design narratives (rancang bangun) of the scenario read like real ones (issue 19): complete
 * sentences, no sentence twice, different from idea to idea; the full one passes the 5D rulebook's
 * minimum length of the design gate and a first draft does not.
 */
class TextsTest {
  private static final List<Idea> IDEAS = LebakScenario.plan(new LebakDirectory()).ideas();
  private static final Rulebook FIVE_D = Rulebooks.fiveD();

  @Test
  void aCompleteNarrativeIsLongEnoughForTheDesignGateAndADraftIsNot() {
    for (Idea idea : IDEAS) {
      assertThat(lengthCodes(Texts.narrative(idea))).as("complete narrative of idea %d", idea.number()).isEmpty();
      assertThat(lengthCodes(Texts.draftNarrative(idea))).as("draft of idea %d", idea.number())
          .containsExactly("FIELD_TOO_SHORT");
    }
  }

  @Test
  void everyParagraphEndsItsSentenceAndNoSentenceIsRepeated() {
    for (Idea idea : IDEAS) {
      String narrative = Texts.narrative(idea);
      List<String> sentences = new ArrayList<>();
      for (String paragraph : narrative.split("\n\n")) {
        assertThat(paragraph).as("idea %d", idea.number()).endsWith(".").doesNotContain("  ");
        for (String sentence : paragraph.split("(?<=\\.) (?=[A-Z])")) {
          sentences.add(sentence);
        }
      }
      assertThat(sentences).as("sentences of idea %d", idea.number()).doesNotHaveDuplicates().hasSizeGreaterThan(15);
      assertThat(Texts.draftNarrative(idea)).as("a draft is the start of the narrative").isSubstringOf(narrative);
    }
  }

  @Test
  void narrativesDifferFromIdeaToIdeaAndRepeatFromRunToRun() {
    Set<String> distinct = new HashSet<>();
    for (Idea idea : IDEAS) {
      distinct.add(Texts.narrative(idea));
    }
    assertThat(distinct).hasSize(IDEAS.size());
    List<Idea> again = LebakScenario.plan(new LebakDirectory()).ideas();
    for (int i = 0; i < IDEAS.size(); i++) {
      assertThat(Texts.narrative(again.get(i))).isEqualTo(Texts.narrative(IDEAS.get(i)));
    }
  }

  /** The codes the design gate's min-length rule gives for a narrative (only that rule's). */
  private static List<String> lengthCodes(String narrative) {
    SimpleFacts facts = SimpleFacts.builder().stage("DESIGN").stageEnteredAt(Instant.parse("2019-04-01T02:00:00Z"))
        .field("designNarrative", narrative).actor(Actor.of("coach-lan-01", null, Role.COACH)).build();
    Verdict v = Rulebooks.check(FIVE_D, "design-to-deliver", facts,
        RuleContext.of(Instant.parse("2019-06-24T02:00:00Z"), ZoneId.of("Asia/Jakarta")));
    return v.violations().stream().filter(x -> x.ruleType().equals("min-length")).map(x -> x.code()).toList();
  }
}
